import DoppelPolicy

/// The words that mark personal data in column names, in English, German, French, Spanish, Italian,
/// Portuguese, Dutch, Polish, Swedish, Danish, Norwegian and Finnish, and romanized Japanese and Korean
/// (lowercase, without diacritics: `prénom` is written `prenom`, `imię` `imie`, `förnamn` `fornamn`).
///
/// Hand-written for Doppel (see `SOURCES.md`). A longer matching phrase beats a shorter one, so
/// `ip address` wins over `address` and `date of birth` over `date`.
enum NameVocabulary {
    /// Personal-data rules.
    static let personal: [NameRule] = [
        NameRule(.personal(.email), [
            "email", "e mail", "email address", "courriel", "correo", "correo electronico", "emailadres", "mailadres",
        ], confidence: 0.95, placement: .compound),
        NameRule(.personal(.email), ["mail", "mail address", "adresse mail", "posta elettronica"], confidence: 0.9),
        // Japanese and Korean written in Latin letters (Hepburn; Revised Romanization), as schemas spell them.
        NameRule(.personal(.lastName), ["sei", "sei kana", "myoji", "seong"], confidence: 0.85, placement: .compound),
        NameRule(.personal(.firstName), ["mei", "mei kana"], confidence: 0.85, placement: .compound),
        NameRule(.personal(.name), [
            "shimei", "shimei kana", "namae", "onamae", "meigi", "ireum", "seongmyeong",
        ], confidence: 0.85, placement: .compound),
        NameRule(.personal(.dateOfBirth), ["seinengappi", "tanjobi", "saengnyeonwoil", "saengil"], confidence: 0.9, placement: .compound),
        NameRule(.personal(.postcode), ["yubin bango", "yubinbango", "yubin", "upyeon beonho"], confidence: 0.85),
        NameRule(.personal(.streetAddress), ["jusho", "banchi", "tatemono", "juso"], confidence: 0.8, placement: .compound),
        NameRule(.personal(.city), ["shikuchoson", "shichoson"], confidence: 0.8),
        NameRule(.personal(.region), ["todofuken"], confidence: 0.8),
        NameRule(.personal(.phone), ["denwa", "denwa bango", "keitai", "keitai bango", "jeonhwa", "hyudaepon"], confidence: 0.85, placement: .compound),
        NameRule(.personal(.nationalID), ["kojin bango", "mai nanba", "jumin beonho", "jumin deungnok beonho"], confidence: 0.9),
        NameRule(.personal(.company), ["kinmusaki", "kaisha mei"], confidence: 0.6),
        NameRule(.personal(.jobTitle), ["yakushoku", "jikwi"], confidence: 0.7),
        NameRule(.personal(.freeText), ["biko", "bikou", "naiyou"], confidence: 0.6),
        NameRule(.personal(.phone), [
            "phone", "telephone", "telefono", "telefon", "telefoon", "telefone", "phone number", "phone no",
            "handy", "cellphone", "cellulare", "cellular", "telefax", "rufnummer", "msisdn", "whatsapp",
        ], confidence: 0.9, placement: .compound),
        NameRule(.personal(.phone), [
            "tel", "mobile", "mobil", "mobiel", "movil", "fax", "gsm", "mobile number", "contact number",
            "numero telefono", "telefonnummer", "ph number", "ph no", "phone no",
        ], confidence: 0.85),
        NameRule(.personal(.phone), ["cell", "portable"], confidence: 0.6),
        NameRule(.personal(.firstName), [
            "first name", "fname", "given name", "forename", "vorname", "prenom", "voornaam",
            "primeiro nome", "nome proprio", "middle name", "middlename", "initials", "tussenvoegsel",
            "imie", "drugie imie", "imiona", "middle initial", "mid initial", "fornamn", "tilltalsnamn", "fornavn", "etunimi",
        ], confidence: 0.9, placement: .compound),
        NameRule(.personal(.firstName), ["first", "given"], confidence: 0.75, placement: .wholeName),
        NameRule(.personal(.lastName), [
            "last name", "lname", "surname", "family name", "nachname", "familienname", "apellido", "apellidos",
            "cognome", "achternaam", "sobrenome", "nom de famille", "maiden name", "geburtsname",
            "nazwisko", "nazwisko rodowe", "efternamn", "efternavn", "etternavn", "sukunimi",
        ], confidence: 0.9, placement: .compound),
        NameRule(.personal(.lastName), ["last", "family"], confidence: 0.7, placement: .wholeName),
        NameRule(.personal(.name), [
            "name", "full name", "fullname", "display name", "naam", "contact person", "ansprechpartner",
        ], confidence: 0.9, placement: .compound, dependsOnTable: true),
        // A person's name in any table: who wrote, owns or receives the row's thing.
        NameRule(.personal(.name), [
            "display name", "owner name", "owner display name", "editor name", "editor display name", "author name",
            "sender name", "recipient name", "contact name", "customer name", "patient name", "employee name",
            "imie i nazwisko", "imie nazwisko",
        ], confidence: 0.85, placement: .compound),
        NameRule(.personal(.name), [
            "kontoinhaber", "account holder", "cardholder", "card holder", "titular", "titulaire", "rekeninghouder",
        ], confidence: 0.85, placement: .compound),
        NameRule(.personal(.name), [
            "nom", "nome", "nombre", "nombre completo", "nome completo", "volledige naam",
        ], confidence: 0.9, dependsOnTable: true),
        NameRule(.personal(.streetAddress), [
            "address", "street", "street address", "address line", "adresse", "anschrift", "strasse",
            "hausnummer", "housenumber", "direccion", "indirizzo", "endereco", "straat", "huisnummer", "wohnadresse",
        ], confidence: 0.8, placement: .compound),
        NameRule(.personal(.streetAddress), [
            "addr", "adres", "str", "house number", "rue", "calle", "domicilio", "morada", "logradouro",
            "straatnaam", "po box", "postfach", "ulica", "numer domu", "numer mieszkania", "nr domu", "nr mieszkania",
            "complemento", "bairro", "numero residencia", "adress", "gatuadress", "utdelningsadress", "co adress",
            "osoite", "katuosoite",
        ], confidence: 0.8),
        NameRule(.personal(.streetAddress), ["via", "viale", "avenida", "rua"], confidence: 0.6),
        NameRule(.personal(.streetAddress), ["toevoeging", "house number addition", "numero de rue", "numero calle"], confidence: 0.8, dependsOnTable: true),
        NameRule(.personal(.city), [
            "city", "town", "ort", "wohnort", "geburtsort", "stadt", "ville", "ciudad", "citta", "cidade",
            "plaats", "woonplaats", "localidad", "localite", "localita", "municipality", "gemeinde",
            "comune", "municipio", "hometown", "place of birth", "birthplace", "birth place", "lieu de naissance",
            "miejscowosc", "miasto", "miejsce urodzenia", "naturalidade",
        ], confidence: 0.8),
        NameRule(.personal(.city), ["location", "residence", "lives in", "based in"], confidence: 0.6, dependsOnTable: true),
        NameRule(.personal(.region), [
            "province", "provincia", "region", "bundesland", "county", "departement", "canton", "kanton",
            "prefecture", "provincie", "district", "bezirk", "arrondissement", "distrito",
            "wojewodztwo", "powiat", "gmina", "kommun", "kommune", "lan", "fylke", "provincia di nascita",
        ], confidence: 0.6, dependsOnTable: true),
        NameRule(.personal(.state), ["state", "estado", "uf", "state province", "state code", "st code"], confidence: 0.55, dependsOnTable: true),
        NameRule(.personal(.country), ["country", "land", "pays", "pais", "paese"], confidence: 0.55, dependsOnTable: true),
        NameRule(.personal(.postcode), [
            "zipcode", "postcode", "postalcode", "postleitzahl", "plz",
        ], confidence: 0.85, placement: .compound),
        NameRule(.personal(.postcode), [
            "zip", "zip code", "post code", "postal code", "postal", "cap", "cp", "codigo postal", "code postal",
            "npa", "cep", "eircode", "kod pocztowy", "postnummer", "postnr", "postinumero",
        ], confidence: 0.85),
        NameRule(.personal(.dateOfBirth), [
            "birth", "date of birth", "birthdate", "birth date", "birthday", "birth year",
            "geburtsdatum", "geburtstag", "geboren", "naissance", "date de naissance", "nacimiento",
            "fecha de nacimiento", "nascita", "data di nascita", "nascimento", "data de nascimento",
            "geboortedatum", "data urodzenia", "data nascimento", "data nasc", "fodelsedatum", "fodselsdato",
            "syntymaaika",
        ], confidence: 0.9, placement: .compound),
        NameRule(.personal(.dateOfBirth), ["dob", "born", "born on", "bday"], confidence: 0.9),
        NameRule(.personal(.nationalID), [
            "ssn", "social security", "burgerservicenummer", "steuerid", "steuernummer", "codice fiscale",
            "national id", "passport", "personalausweis", "ausweisnummer", "personnummer",
            "sozialversicherungsnummer", "sozialversicherung", "sv nummer", "seguridad social", "securite sociale",
        ], confidence: 0.9, placement: .compound),
        NameRule(.personal(.nationalID), [
            "social security number", "social insurance number", "nino", "ni number", "national insurance",
            "national insurance number", "bsn", "steuer id", "steuer identifikationsnummer", "tax id", "taxid",
            "tax number", "tin", "dni", "nie", "nif", "cpf", "national identity", "national number",
            "identity number", "passport number", "personal id", "personal number", "nir", "insee",
            "securite sociale", "svnr", "pesel", "curp", "aadhaar", "rg", "numer dowodu", "dowod osobisty",
            "identification", "identification number", "permit number", "permit no", "work permit", "residence permit",
            "visa number", "visa no", "henkilotunnus", "cpr", "cpr nummer", "fodselsnummer", "driver license", "drivers license",
            "driving license", "driving licence", "id number", "id card",
        ], confidence: 0.9),
        NameRule(.personal(.nationalID), ["sin"], confidence: 0.75),
        NameRule(.personal(.accountNumber), [
            "iban", "accountnumber", "kontonummer", "rekeningnummer", "cardnumber", "ccnumber", "creditcard",
            "kreditkarte", "bankverbindung",
        ], confidence: 0.9, placement: .compound),
        NameRule(.personal(.accountNumber), [
            "account number", "account no", "bank account", "konto", "numero de compte", "numero conto",
            "card number", "cc number", "credit card", "pan", "card no", "cvv", "cvc",
        ], confidence: 0.9),
        NameRule(.personal(.accountNumber), ["card", "cc", "account"], confidence: 0.6),
        NameRule(.personal(.accountNumber), ["bic", "routing number", "sort code", "swift code"], confidence: 0.6),
        NameRule(.personal(.ipAddress), [
            "ip", "ip address", "ipaddress", "ipv 4", "ipv 6", "ip addr", "remote addr", "remote address",
            "ip adresse", "client address",
        ], confidence: 0.85),
        NameRule(.personal(.other), ["mac", "mac address", "macaddress", "device address"], confidence: 0.8),
        NameRule(.personal(.username), [
            "username", "benutzername", "gebruikersnaam", "nickname",
        ], confidence: 0.8, placement: .compound),
        NameRule(.personal(.username), [
            "user name", "login", "login name", "handle", "nick", "screen name", "nom utilisateur",
            "nombre usuario", "usuario", "utilisateur",
        ], confidence: 0.8),
        NameRule(.personal(.company), [
            "company", "company name", "employer", "organization", "organisation", "firm", "firma",
            "unternehmen", "entreprise", "societe", "empresa", "azienda", "bedrijf", "bedrijfsnaam", "business name",
            "datore di lavoro", "arbetsgivare", "arbejdsgiver", "arbeidsgiver", "tyonantaja",
        ], confidence: 0.6),
        NameRule(.personal(.jobTitle), [
            "job title", "jobtitle", "job", "occupation", "profession", "beruf", "berufsbezeichnung", "metier",
            "profesion", "professione", "profissao", "beroep", "designation", "stanowisko", "zawod", "cargo", "qualifica",
            "yrke", "befattning", "stilling", "ammatti",
        ], confidence: 0.7),
        NameRule(.personal(.courtesyTitle), [
            "salutation", "anrede", "civilite", "honorific", "name prefix", "tratamiento", "aanhef",
            "name suffix", "tytul naukowy",
        ], confidence: 0.85),
        NameRule(.personal(.courtesyTitle), ["suffix", "tytul"], confidence: 0.6, dependsOnTable: true),
        NameRule(.personal(.courtesyTitle), ["title", "titel", "titre", "titulo", "titolo"], confidence: 0.6, dependsOnTable: true),
        NameRule(.personal(.other), [
            "gender", "sex", "geschlecht", "sexe", "genero", "sesso", "geslacht", "nationality",
            "ethnicity", "religion", "marital status", "blood type", "password", "password hash", "passwd",
            "pwd", "secret", "salt", "key hash", "api key", "token hash", "license number", "licence number",
            "colegiado", "num colegiado",
        ], confidence: 0.7),
        // Identifiers of a person's device, vehicle or credentials: each singles out one person.
        NameRule(.personal(.other), [
            "imei", "advertising id", "idfa", "gaid", "push token", "device token", "fcm token", "apns token",
            "private key", "secret key", "otp secret", "totp secret", "activation key", "reset key", "reset token",
            "password reset token", "user pass", "pass hash", "vin", "license plate", "licence plate", "number plate",
            "plate number", "vehicle plate", "kennzeichen", "kenteken", "targa", "rekisterinumero", "registreringsnummer",
        ], confidence: 0.85),
        NameRule(.personal(.other), ["photo", "picture", "portrait", "foto", "bild", "selfie"], confidence: 0.7, dependsOnTable: true),
        NameRule(.personal(.other), [
            "latitude", "longitude", "lat", "lng", "lon", "geolocation", "geo location", "coordinates", "gps",
            "salary", "income", "wage", "gehalt", "salaire", "salario", "stipendio", "salaris",
        ], confidence: 0.7, dependsOnTable: true),
        NameRule(.personal(.url), [
            "website", "homepage", "home page", "web site", "profile url", "profile", "linkedin", "twitter",
            "facebook", "instagram", "github", "avatar", "web address",
        ], confidence: 0.6),
        NameRule(.personal(.url), ["url", "link", "uri"], confidence: 0.6, dependsOnTable: true),
        NameRule(.personal(.freeText), [
            "notes", "comment", "comments", "remarks", "notiz", "bemerkung", "kommentar", "commentaire",
            "comentario", "opmerking", "observaciones",
        ], confidence: 0.6, placement: .compound),
        NameRule(.personal(.freeText), [
            "note", "remark", "bio", "biography", "about me", "memo", "notizen", "bemerkungen", "anmerkung",
            "remarque", "nota", "notas", "comentarios", "observacion", "observations", "osservazioni", "commento",
            "opmerkingen", "toelichting", "observacoes", "observacao", "mensagem", "komentarz", "uwagi", "wiadomosc",
        ], confidence: 0.6),
        NameRule(.personal(.freeText), ["message", "feedback", "body", "details"], confidence: 0.45),
        NameRule(.personal(.freeText), [
            "reason", "motif", "motivo", "grund", "reden", "orsak", "motivering", "arsak", "syy",
        ], confidence: 0.6, dependsOnTable: true),
        NameRule(.personal(.freeText), ["giudizio", "valutazione", "bedomning", "vurdering", "arvio"], confidence: 0.6),
        NameRule(.personal(.freeText), [
            "description", "desc", "beschreibung", "descripcion", "descrizione", "descricao", "omschrijving",
            "beskrivning", "beskrivelse", "kuvaus",
        ], confidence: 0.6, dependsOnTable: true),
    ]
}
