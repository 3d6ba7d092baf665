-- pgbench: the single-row insert equivalent to one warning intake (same table, same columns, synchronous commit).
INSERT INTO warning (id, external_id, source_org, source_kind, victim_phone, victim_region, observed_at, risk_hint,
                     grade, risk_reasons, channel, status, assigned_org, chain, escalation_level, needs_rerouting,
                     dispatched_at, ack_due_at, outcome_due_at, version, created_at)
VALUES (gen_random_uuid(), md5(random()::text), 'BANK-A', 'BANK_RISK_MONITOR', '13800138000', '150102', now(),
        'MEDIUM', 'MEDIUM', ARRAY['partner''s risk hint MEDIUM', '2 fraud indicators reported together'], 'HOTLINE_96110',
        'DISPATCHED', 'HOHHOT-XINCHENG-PSB', ARRAY['HOHHOT-XINCHENG-PSB', 'HOHHOT-PSB', 'NMG-PSD'], 0, false,
        now(), now() + interval '30 minutes', now() + interval '4 hours', 0, now());
