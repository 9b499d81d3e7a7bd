import DoppelCore
import DoppelSQLite
import Foundation
import DoppelFakers

/// A small, realistic shop database for `doppel demo`: customers (with a self-reference for referrals),
/// products, orders, order items (composite key, WITHOUT ROWID), support tickets, a view and a trigger.
/// Every personal value in it is itself made up, drawn from the fakers with a fixed seed.
package enum DemoDatabase {
    static let schemaSQL = """
        CREATE TABLE customers (
            id           INTEGER PRIMARY KEY,
            first_name   TEXT NOT NULL,
            last_name    TEXT NOT NULL,
            email        TEXT NOT NULL UNIQUE,
            phone        TEXT,
            street       TEXT,
            city         TEXT,
            postcode     TEXT,
            birth_date   DATE,
            referred_by  INTEGER REFERENCES customers(id),
            signed_up_at DATETIME NOT NULL,
            segment      TEXT NOT NULL CHECK (segment IN ('retail', 'business', 'vip'))
        );
        CREATE TABLE products (
            id          INTEGER PRIMARY KEY,
            sku         TEXT NOT NULL UNIQUE,
            name        TEXT NOT NULL,
            category    TEXT NOT NULL,
            price_cents INTEGER NOT NULL CHECK (price_cents > 0)
        );
        CREATE TABLE orders (
            id                INTEGER PRIMARY KEY,
            customer_id       INTEGER NOT NULL REFERENCES customers(id),
            ordered_at        DATETIME NOT NULL,
            status            TEXT NOT NULL,
            shipping_street   TEXT,
            shipping_city     TEXT,
            shipping_postcode TEXT,
            total_cents       INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE order_items (
            order_id         INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            line             INTEGER NOT NULL,
            product_id       INTEGER NOT NULL REFERENCES products(id),
            quantity         INTEGER NOT NULL CHECK (quantity > 0),
            unit_price_cents INTEGER NOT NULL,
            PRIMARY KEY (order_id, line)
        ) WITHOUT ROWID;
        CREATE TABLE support_tickets (
            id          INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            opened_at   DATETIME NOT NULL,
            subject     TEXT NOT NULL,
            body        TEXT
        );
        CREATE INDEX orders_by_customer ON orders(customer_id);
        CREATE INDEX tickets_by_customer ON support_tickets(customer_id);
        CREATE VIEW customer_totals AS
            SELECT c.id AS customer_id, count(o.id) AS orders, coalesce(sum(o.total_cents), 0) AS total_cents
            FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id;
        CREATE TRIGGER order_items_total AFTER INSERT ON order_items BEGIN
            UPDATE orders SET total_cents = total_cents + NEW.quantity * NEW.unit_price_cents WHERE id = NEW.order_id;
        END;
        """

    /// Creates the demo source at `path` (replacing any file there) with `customers` customers and
    /// about three orders and one ticket per customer.
    package static func create(at path: String, customers: Int = 1_000) throws {
        try? FileManager.default.removeItem(atPath: path)
        let connection = try SQLiteConnection(path: path, mode: .readWriteCreate)
        try connection.execute(schemaSQL)
        let data = try FakerData.shared()
        var generator = SplitMix64(seed: 20_261_124)
        try connection.execute("BEGIN")
        let fakers = Dictionary(uniqueKeysWithValues: FakeKind.allCases.map { ($0, Faker(kind: $0, data: data)) })
        func fake(_ kind: FakeKind, like example: String = "") -> Value {
            fakers[kind]?.fake(for: .text(example), using: &generator) ?? .null
        }

        let insertCustomer = try connection.prepare("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let segments = ["retail", "retail", "retail", "business", "vip"]
        for id in 1...customers {
            let first = fake(.firstName)
            let last = fake(.lastName)
            let local = ((first.textRepresentation ?? "") + "." + (last.textRepresentation ?? "")).lowercased().filter { $0.isLetter || $0 == "." }
            let email = Value.text("\(local)\(id)@example.org")
            let referrer: Value = id > 10 && generator.next(below: 4) == 0 ? .integer(Int64(1 + generator.next(below: id - 1))) : .null
            let signup = CivilDate(daysSinceEpoch: CivilDate(year: 2019, month: 1, day: 1).daysSinceEpoch + generator.next(below: 2_000))
            let values: [Value] = [
                .integer(Int64(id)), first, last, email, fake(.phone, like: "(555) 555-5555"), fake(.streetAddress), fake(.city),
                fake(.postcode, like: "00000"), fake(.dateOfBirth), referrer,
                .text(TemporalText(date: signup, timeSuffix: " 09:\(10 + generator.next(below: 50)):00").text),
                .text(segments[generator.next(below: segments.count)]),
            ]
            for (index, value) in values.enumerated() { try insertCustomer.bind(value, at: index + 1) }
            _ = try insertCustomer.step()
            insertCustomer.reset()
        }

        let categories = ["Books", "Music", "Garden", "Kitchen", "Toys", "Outdoor"]
        let productCount = 120
        let insertProduct = try connection.prepare("INSERT INTO products VALUES (?, ?, ?, ?, ?)")
        for id in 1...productCount {
            let category = categories[generator.next(below: categories.count)]
            let name = (data.companyWords.draw(using: &generator) + " " + category.dropLast()).capitalized
            let values: [Value] = [.integer(Int64(id)), .text(String(format: "SKU-%05d", id * 7)), .text(name), .text(category), .integer(Int64(199 + generator.next(below: 20_000)))]
            for (index, value) in values.enumerated() { try insertProduct.bind(value, at: index + 1) }
            _ = try insertProduct.step()
            insertProduct.reset()
        }

        let insertOrder = try connection.prepare("INSERT INTO orders (id, customer_id, ordered_at, status, shipping_street, shipping_city, shipping_postcode) VALUES (?, ?, ?, ?, ?, ?, ?)")
        let insertItem = try connection.prepare("INSERT INTO order_items VALUES (?, ?, ?, ?, ?)")
        let statuses = ["delivered", "delivered", "delivered", "shipped", "cancelled"]
        let orderCount = customers * 3
        for id in 1...orderCount {
            let customer = 1 + generator.next(below: customers)
            let day = CivilDate(year: 2022, month: 1, day: 1).daysSinceEpoch + generator.next(below: 1_000)
            let values: [Value] = [
                .integer(Int64(id)), .integer(Int64(customer)),
                .text(TemporalText(date: CivilDate(daysSinceEpoch: day), timeSuffix: " 1\(generator.next(below: 10)):30:00").text),
                .text(statuses[generator.next(below: statuses.count)]), fake(.streetAddress), fake(.city), fake(.postcode, like: "00000"),
            ]
            for (index, value) in values.enumerated() { try insertOrder.bind(value, at: index + 1) }
            _ = try insertOrder.step()
            insertOrder.reset()
            for line in 1...(1 + generator.next(below: 3)) {
                let product = 1 + generator.next(below: productCount)
                let item: [Value] = [.integer(Int64(id)), .integer(Int64(line)), .integer(Int64(product)), .integer(Int64(1 + generator.next(below: 4))), .integer(Int64(199 + generator.next(below: 9_000)))]
                for (index, value) in item.enumerated() { try insertItem.bind(value, at: index + 1) }
                _ = try insertItem.step()
                insertItem.reset()
            }
        }

        let insertTicket = try connection.prepare("INSERT INTO support_tickets VALUES (?, ?, ?, ?, ?)")
        let subjects = ["Where is my order?", "Refund request", "Change of address", "Damaged item", "Invoice copy"]
        for id in 1...customers {
            let customer = 1 + generator.next(below: customers)
            let day = CivilDate(year: 2023, month: 1, day: 1).daysSinceEpoch + generator.next(below: 600)
            let phone = fake(.phone, like: "(555) 555-5555").textRepresentation ?? ""
            let body = "Hello, please call me back on \(phone). " + (fake(.lorem, like: String(repeating: "x", count: 60)).textRepresentation ?? "")
            let values: [Value] = [.integer(Int64(id)), .integer(Int64(customer)), .text(TemporalText(date: CivilDate(daysSinceEpoch: day), timeSuffix: " 08:00:00").text), .text(subjects[generator.next(below: subjects.count)]), .text(body)]
            for (index, value) in values.enumerated() { try insertTicket.bind(value, at: index + 1) }
            _ = try insertTicket.step()
            insertTicket.reset()
        }
        try connection.execute("COMMIT")
    }
}
