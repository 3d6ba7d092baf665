-- pgbench: the statements one single warning intake sends, in one transaction (for comparison only: how much of
-- the service's cost is its SQL). Look for the partner's externalId, look up the indicators' flags, insert the
-- warning, its two indicators (one batch), the dispatch hop and the audit record (sent just before COMMIT).
-- Run with -M prepared: the JDBC driver prepares the statements a service sends again and again, so PostgreSQL
-- plans them once; in pgbench's default simple protocol every statement is parsed and planned anew.
\set k random(1, 9000000000000000000)
BEGIN;
SELECT id FROM warning WHERE source_org = 'BANK-A' AND external_id = 'pg-' || :k;
SELECT f.* FROM flag f JOIN unnest(ARRAY['PHONE', 'BANK_ACCOUNT'], ARRAY['170' || (:k::bigint % 100000000)::text,
    '6222' || :k::text]) AS k(kind, value) ON f.kind = k.kind AND f.value = k.value;
INSERT INTO warning (id, external_id, source_org, source_kind, victim_phone, victim_region, observed_at, risk_hint,
                     grade, risk_reasons, channel, status, assigned_org, chain, escalation_level, needs_rerouting,
                     dispatched_at, ack_due_at, outcome_due_at, version, created_at)
VALUES (md5(:k::text)::uuid, 'pg-' || :k, 'BANK-A', 'BANK_RISK_MONITOR', '13800138000', '150102', now(),
        'MEDIUM', 'MEDIUM', ARRAY['partner''s risk hint MEDIUM', '2 fraud indicators reported together'], 'HOTLINE_96110',
        'DISPATCHED', 'HOHHOT-XINCHENG-PSB', ARRAY['HOHHOT-XINCHENG-PSB', 'HOHHOT-PSB', 'NMG-PSD'], 0, false,
        now(), now() + interval '30 minutes', now() + interval '4 hours', 0, now());
INSERT INTO warning_indicator (warning_id, position, kind, value)
VALUES (md5(:k::text)::uuid, 0, 'PHONE', '170' || (:k::bigint % 100000000)::text),
       (md5(:k::text)::uuid, 1, 'BANK_ACCOUNT', '6222' || :k::text);
INSERT INTO warning_hop (id, warning_id, from_org, to_org, reason, at)
VALUES (gen_random_uuid(), md5(:k::text)::uuid, NULL, 'HOHHOT-XINCHENG-PSB', 'jurisdiction of 150102', now());
INSERT INTO platform.audit_record (occurred_at, actor, org, action, resource_type, resource_id, request_id, digest,
                                   detail)
VALUES (now(), 'bench', 'BANK-A', 'warning.submit', 'Warning', md5(:k::text), 'r-' || :k, md5(:k::text),
        'MEDIUM to HOHHOT-XINCHENG-PSB');
COMMIT;
