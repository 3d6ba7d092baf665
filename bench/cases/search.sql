-- pgbench: the SQL of GET /api/v1/cases?type=LOAN&minLoss=500000&q=loan&size=50 by the provincial task force.
SELECT count(*) FROM fraud_case WHERE region LIKE '15%' AND type = 'LOAN' AND loss_amount >= 500000
   AND title ILIKE '%loan%' ESCAPE '\';
SELECT * FROM fraud_case WHERE region LIKE '15%' AND type = 'LOAN' AND loss_amount >= 500000
   AND title ILIKE '%loan%' ESCAPE '\' ORDER BY reported_at DESC, id LIMIT 50;
