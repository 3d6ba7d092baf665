-- pgbench: the statements one case creation sends, in one transaction (for comparison only: how much of the
-- service's cost is its SQL). Claim the Idempotency-Key, take a number, insert the case, store the response, write
-- the audit record (the service sends it in a batch just before COMMIT). The sequence exists once the service has
-- opened a case of 2026 for region 150000, which the create phase has done before this runs.
-- Run with -M prepared: the JDBC driver prepares the statements a service sends again and again, so PostgreSQL
-- plans them once; in pgbench's default simple protocol every statement is parsed and planned anew.
\set k random(1, 9000000000000000000)
BEGIN;
INSERT INTO platform.idempotency_key (caller, key, request_hash) VALUES ('pgbench', 'k-' || :k, md5(:k::text))
    ON CONFLICT DO NOTHING;
SELECT nextval('case_seq_150000_2026');
INSERT INTO fraud_case (id, number, type, status, title, region, owning_org, tags, reported_at, loss_amount,
                        secured_amount, victim_count, created_at)
VALUES (gen_random_uuid(), 'P-' || (:k::bigint % 1000000000000000), 'LOAN', 'REPORTED', 'Bench loan app case', '150102',
        'NMG-PSD', ARRAY['BENCH'], now(), 1234.56, 0, 1, now());
UPDATE platform.idempotency_key SET status = 201, body = repeat('x', 600), location = '/api/v1/cases/' || :k
 WHERE caller = 'pgbench' AND key = 'k-' || :k;
INSERT INTO platform.audit_record (occurred_at, actor, org, action, resource_type, resource_id, request_id, digest,
                                   detail)
VALUES (now(), 'bench', 'NMG-PSD', 'case.open', 'FraudCase', :k::text, 'r-' || :k, md5(:k::text), 'P-' || :k);
COMMIT;
