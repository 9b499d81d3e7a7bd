/// Words that say a column is not personal, words that are about personal data without being it, and
/// words that say whose data a table holds. Hand-written for Doppel (see `SOURCES.md`).
enum ContextVocabulary {
    /// Clearly non-personal names: keys, timestamps, amounts, counts, states and flags.
    static let nonPersonal: [NameRule] = [
        NameRule(.nonPersonal, [
            "id", "ids", "uuid", "guid", "pk", "fk", "key", "rowid", "oid", "ref", "created", "updated", "modified",
            "deleted", "inserted", "created at", "updated at", "deleted at", "modified at", "timestamp", "ts",
            "version", "revision", "status", "type", "kind", "category", "enabled", "active", "archived",
            "amount", "price", "cost", "total", "subtotal", "quantity", "qty", "sum", "balance", "discount",
            "tax", "vat", "fee", "rate", "currency", "sku", "ean", "upc", "isbn", "gtin", "stock", "inventory",
            "weight", "width", "height", "depth", "length", "size", "duration", "milliseconds", "ms", "seconds",
            "bytes", "position", "sort", "sort order", "ordinal", "rank", "priority", "sequence", "seq",
            "index", "idx", "level", "score", "rating", "percent", "percentage", "unit", "units", "unit price",
            "invoice", "order number", "order no", "invoice number", "order", "date", "time", "year", "month",
            "day", "week", "hour", "last login", "last seen", "last active", "last modified", "last updated",
            "hash", "checksum", "etag", "slug", "code", "number", "num", "no", "nr", "count", "counter",
            "total amount", "menge", "preis", "betrag", "anzahl", "prix", "montant", "quantite", "precio",
            "cantidad", "importe", "prezzo", "quantita", "importo", "preco", "quantidade", "valor", "prijs",
            "aantal", "bedrag", "datum", "fecha", "erstellt", "geandert",
        ], confidence: 0.8),
    ]

    /// Words about personal data that are not the data: `email_verified`, `phone_type`, `has_email`.
    static let modifiers: [NameRule] = [
        NameRule(.modifier, [
            "verified", "verification", "confirmed", "confirmation", "validated", "enabled", "disabled",
            "opt in", "opt out", "optin", "optout", "consent", "consents", "subscribed", "unsubscribed",
            "bounced", "bounce", "count", "sent", "type", "status", "format", "template", "templates",
            "preference", "preferences", "notification", "notifications", "visible", "visibility",
            "required", "flag", "allowed", "changed at", "updated at", "sent at", "verified at", "domain",
            "provider", "country code", "length", "regex", "pattern", "policy", "mask",
        ], confidence: 0.8),
        NameRule(.modifier, ["is", "has", "can", "allow", "show", "hide", "use", "needs"], confidence: 0.8, placement: .firstWord),
    ]

    /// Words that mark a table (or a qualifier in a column name) as holding data about people.
    static let people: Set<String> = [
        "employee", "customer", "user", "person", "people", "persons", "contact", "patient", "member", "staff",
        "author", "student", "client", "subscriber", "applicant", "candidate", "driver", "passenger", "guest",
        "owner", "teacher", "doctor", "physician", "nurse", "participant", "recipient", "sender", "buyer",
        "seller", "tenant", "resident", "citizen", "visitor", "attendee", "volunteer", "donor", "beneficiary",
        "manager", "rep", "agent", "worker", "holder", "spouse", "parent", "child", "guardian", "emergency",
        "billing", "shipping", "delivery", "bill", "ship", "account", "profile", "lead", "prospect", "reviewer",
        "kunde", "kunden", "mitarbeiter", "benutzer", "nutzer", "mitglied", "mitglieder", "schueler", "lehrer",
        "employe", "employes", "utilisateur", "personne", "adherent", "eleve", "cliente", "empleado", "usuario",
        "persona", "socio", "alumno", "paciente", "utente", "utenti", "dipendente", "dipendenti", "paziente",
        "klant", "klanten", "medewerker", "gebruiker", "persoon", "personen", "lid", "leden", "leerling",
        "funcionario", "pessoa", "aluno", "contato", "contatto", "contacto", "father", "mother", "emp", "cust",
        "usr", "pax", "insured", "policyholder", "debtor", "borrower", "payee", "payer", "beneficiario",
    ]

    /// Words that mark a table (or a qualifier) as holding things, so `name` or `title` is not personal.
    static let things: Set<String> = [
        "product", "category", "tag", "genre", "album", "track", "playlist", "item", "sku", "brand", "media",
        "type", "file", "table", "column", "host", "domain", "server", "service", "app", "application",
        "project", "task", "event", "course", "department", "team", "group", "role", "permission", "plan",
        "feature", "setting", "country", "city", "region", "state", "store", "shop", "warehouse", "location",
        "building", "room", "model", "device", "dataset", "database", "schema", "field", "queue", "job",
        "report", "campaign", "menu", "page", "template", "attribute", "option", "variant", "collection",
        "list", "unit", "currency", "language", "locale", "package", "module", "book", "movie", "film",
        "song", "article", "post", "blog", "topic", "channel", "board", "issue", "ticket", "lesson",
        "skill", "status", "stage", "step", "metric", "index", "key", "sequence", "view", "function",
        "trigger", "constraint", "bucket", "folder", "directory", "document", "image", "asset", "resource",
        "order", "invoice", "payment", "transaction", "shipment", "carrier", "route", "airport", "station",
        "produkt", "artikel", "kategorie", "produit", "categorie", "producto", "categoria", "prodotto",
        "artigo", "artikelen", "categorieen", "recipe", "ingredient", "award", "prize", "color",
        "colour", "material", "venue", "show", "series", "episode", "season", "game", "level",
    ]

    /// Words that mark a table (or a qualifier) as holding organisations: their `name` is a company.
    static let organisations: Set<String> = [
        "company", "companies", "organization", "organisation", "org", "firm", "employer", "business", "vendor",
        "supplier", "merchant", "manufacturer", "publisher", "label", "bank", "agency", "partner", "shipper",
        "firma", "unternehmen", "lieferant", "entreprise", "societe", "fournisseur", "empresa", "proveedor",
        "azienda", "fornitore", "bedrijf", "leverancier", "fornecedor", "institution", "school", "university",
        "hospital", "clinic", "insurer", "brokerage",
    ]
}
