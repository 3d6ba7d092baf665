-- 300,000 cases and 1,000,000 identifiers over them (about 700,000 distinct values, so ~30% are shared by two
-- cases or more: serial links). Deterministic: case n has id md5('case' || n)::uuid.
INSERT INTO fraud_case (id, number, type, status, title, region, owning_org, tags, reported_at, loss_amount,
                        secured_amount, victim_count, created_at)
SELECT md5('case' || n)::uuid,
       'S-' || lpad(n::text, 9, '0'),
       (ARRAY['LOAN','ORDER_BRUSHING','PIG_BUTCHERING','FAKE_CUSTOMER_SERVICE','IMPERSONATING_AUTHORITY',
              'INVESTMENT','CARD_TRAFFICKING','OTHER'])[1 + n % 8],
       (ARRAY['REPORTED','FILED','SOLVED','CLOSED','REJECTED'])[1 + n % 5],
       'Seeded case ' || n || CASE WHEN n % 3 = 0 THEN ' loan app' ELSE ' investment' END,
       (ARRAY['150102','150103','150104','150105','150121','150202','150203','150302','150402','150502'])[1 + n % 10],
       'SEED-PSB',
       CASE WHEN n % 4 = 0 THEN ARRAY['EPIDEMIC'] ELSE '{}' END,
       timestamptz '2025-01-01' + (n % 600) * interval '1 day' + (n % 86400) * interval '1 second',
       (n::bigint * 7919 % 200000000) / 100.0, 0, 1, now()
FROM generate_series(1, 300000) AS n;

INSERT INTO case_identifier (id, case_id, kind, value, role, added_at)
SELECT md5('identifier' || i)::uuid,
       md5('case' || (1 + i % 300000))::uuid,
       CASE WHEN i % 2 = 0 THEN 'BANK_ACCOUNT' ELSE 'PHONE' END,
       CASE WHEN i % 2 = 0 THEN '6222' || lpad(((i::bigint * 7919) % 700000)::text, 12, '0')
            ELSE '138' || lpad(((i::bigint * 7919) % 700000)::text, 8, '0') END,
       'RECEIVING_ACCOUNT', now()
FROM generate_series(1, 1000000) AS i;
