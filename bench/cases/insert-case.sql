-- pgbench: the single-row insert equivalent to one case creation (same table, same columns, synchronous commit).
INSERT INTO fraud_case (id, number, type, status, title, region, owning_org, tags, reported_at, loss_amount,
                        secured_amount, victim_count, created_at)
VALUES (gen_random_uuid(), 'P-' || substr(md5(random()::text), 1, 18), 'LOAN', 'REPORTED', 'Bench loan app case',
        '150102', 'NMG-PSD', ARRAY['BENCH'], now(), 1234.56, 0, 1, now());
