-- The hand-written SQL closure the subset benchmark compares Doppel with: the same subset as
-- Benchmarks/subset.yaml, written by someone who knows the schema, with key sets in temporary tables of the
-- source (which a read-only replica could not hold), each table copied out to a file. Run by psql in the
-- directory the files go to.
\set ON_ERROR_STOP 1
-- Down: the start customers, the customers they referred (recursively), their orders, payments and lines.
CREATE TEMP TABLE k_full AS
    WITH RECURSIVE down(id) AS (
        SELECT id FROM customers WHERE id % 100 = 0
        UNION SELECT c.id FROM customers c JOIN down d ON c.referred_by = d.id)
    SELECT id FROM down;
CREATE TEMP TABLE k_full_orders AS SELECT id FROM orders WHERE customer_id IN (SELECT id FROM k_full);
CREATE TEMP TABLE k_payments AS
    SELECT id, order_id, customer_id FROM payments
    WHERE customer_id IN (SELECT id FROM k_full) OR order_id IN (SELECT id FROM k_full_orders);
CREATE TEMP TABLE k_lines AS SELECT order_id, line, product_id FROM order_lines WHERE order_id IN (SELECT id FROM k_full_orders);
-- Up: every row a kept row references.
CREATE TEMP TABLE k_orders AS SELECT id FROM k_full_orders UNION SELECT order_id FROM k_payments;
CREATE TEMP TABLE k_customers AS
    WITH RECURSIVE up(id) AS (
        SELECT id FROM k_full
        UNION SELECT customer_id FROM orders WHERE id IN (SELECT id FROM k_orders)
        UNION SELECT customer_id FROM k_payments
        UNION SELECT c.referred_by FROM customers c JOIN up u ON c.id = u.id WHERE c.referred_by IS NOT NULL)
    SELECT id FROM up;
CREATE TEMP TABLE k_stores AS SELECT DISTINCT store_id AS id FROM customers WHERE id IN (SELECT id FROM k_customers);
CREATE TEMP TABLE k_addresses AS
    SELECT address_id AS id FROM customers WHERE id IN (SELECT id FROM k_customers) AND address_id IS NOT NULL
    UNION SELECT address_id FROM stores WHERE id IN (SELECT id FROM k_stores);
\copy (SELECT * FROM addresses WHERE id IN (SELECT id FROM k_addresses)) TO 'addresses.copy'
\copy (SELECT * FROM stores WHERE id IN (SELECT id FROM k_stores)) TO 'stores.copy'
\copy (SELECT * FROM customers WHERE id IN (SELECT id FROM k_customers)) TO 'customers.copy'
\copy (SELECT * FROM products WHERE id IN (SELECT product_id FROM k_lines)) TO 'products.copy'
\copy (SELECT * FROM orders WHERE id IN (SELECT id FROM k_orders)) TO 'orders.copy'
\copy (SELECT l.* FROM order_lines l JOIN k_lines k USING (order_id, line)) TO 'order_lines.copy'
\copy (SELECT * FROM payments WHERE id IN (SELECT id FROM k_payments)) TO 'payments.copy'
