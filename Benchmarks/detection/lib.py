"""Value generators for the detection corpus (used by generate.py).

Every value comes from a seeded random.Random, so the corpus is reproducible byte for byte. Names, cities
and streets come from the faker data files in Sources/DoppelFakers/Resources (public-domain census lists and
GeoNames, see SOURCES.md there) or from the short hand-written lists below (common given names, family
names, streets and towns of Germany, Spain, France and the Netherlands: facts, not copied data sets).
"""

import json
import os
import random
import string

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.normpath(os.path.join(HERE, "..", "..", "Sources", "DoppelFakers", "Resources"))


def _tsv(name, col=0, limit=None):
    out = []
    with open(os.path.join(RES, name), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            out.append(parts if col is None else parts[col])
            if limit and len(out) >= limit:
                break
    return out


def _lines(name):
    with open(os.path.join(RES, name), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip()]


FIRST_F = _tsv("first_names_female.tsv", limit=400)
FIRST_M = _tsv("first_names_male.tsv", limit=300)
FIRST = FIRST_F + FIRST_M
LAST = _tsv("last_names.tsv", limit=1500)
STREETS = _lines("street_names.txt")
SUFFIXES = _lines("street_suffixes.txt")
JOBS = _lines("job_titles.txt")
COMPANY_WORDS = _lines("company_words.txt")
COMPANY_SUFFIXES = _lines("company_suffixes.txt")
DOMAINS = _lines("email_domains.txt")
COUNTRIES = _tsv("countries.tsv", col=None)          # name, ISO2, population
US_STATES = _tsv("us_states.tsv", col=None)           # code, name
CITIES = _tsv("cities.tsv", col=None)                 # name, ISO2, admin1, population
REGIONS = _tsv("regions.tsv", col=None)               # name, ISO2, population
US_CITIES = [c for c in CITIES if c[1] == "US"][:400]
WORLD_CITIES = CITIES[:600]
LOREM = " ".join(_lines("lorem.txt")).split()

# Hand-written lists (common names and places; facts).
DE_FIRST = ["Lukas", "Leon", "Felix", "Jonas", "Maximilian", "Paul", "Finn", "Elias", "Noah", "Ben", "Jan",
            "Tobias", "Stefan", "Andreas", "Thomas", "Michael", "Jürgen", "Uwe", "Dieter", "Klaus", "Anna",
            "Lena", "Laura", "Julia", "Sophie", "Marie", "Lea", "Hannah", "Katharina", "Sabine", "Petra",
            "Ursula", "Monika", "Claudia", "Birgit", "Anja", "Kerstin", "Heike", "Jana", "Greta", "Jörg", "Björn"]
DE_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
           "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
           "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
           "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann",
           "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß"]
DE_STREETS = ["Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße",
              "Birkenweg", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Schillerstraße",
              "Goethestraße", "Am Markt", "Wiesenweg", "Mühlenweg", "Jahnstraße", "Friedhofstraße",
              "Buchenweg", "Rosenstraße", "Feldstraße", "Poststraße", "Mozartstraße", "Eichendorffstraße"]
DE_TOWNS = [("Berlin", "10115", "Berlin"), ("Hamburg", "20095", "Hamburg"), ("München", "80331", "Bayern"),
            ("Köln", "50667", "Nordrhein-Westfalen"), ("Frankfurt am Main", "60311", "Hessen"),
            ("Stuttgart", "70173", "Baden-Württemberg"), ("Düsseldorf", "40213", "Nordrhein-Westfalen"),
            ("Leipzig", "04109", "Sachsen"), ("Dortmund", "44135", "Nordrhein-Westfalen"),
            ("Essen", "45127", "Nordrhein-Westfalen"), ("Bremen", "28195", "Bremen"),
            ("Dresden", "01067", "Sachsen"), ("Hannover", "30159", "Niedersachsen"),
            ("Nürnberg", "90402", "Bayern"), ("Freiburg im Breisgau", "79098", "Baden-Württemberg"),
            ("Kiel", "24103", "Schleswig-Holstein"), ("Rostock", "18055", "Mecklenburg-Vorpommern"),
            ("Mainz", "55116", "Rheinland-Pfalz"), ("Erfurt", "99084", "Thüringen"),
            ("Saarbrücken", "66111", "Saarland"), ("Potsdam", "14467", "Brandenburg"),
            ("Magdeburg", "39104", "Sachsen-Anhalt"), ("Würzburg", "97070", "Bayern"), ("Ulm", "89073", "Baden-Württemberg")]
ES_FIRST = ["Antonio", "José", "Manuel", "Francisco", "David", "Juan", "Javier", "Daniel", "Carlos", "Jesús",
            "Alejandro", "Miguel", "Rafael", "Pablo", "Sergio", "Álvaro", "María", "Carmen", "Ana", "Isabel",
            "Laura", "Cristina", "Marta", "Lucía", "Elena", "Pilar", "Rosa", "Paula", "Sara", "Raquel",
            "Dolores", "Nuria", "Begoña", "Ainhoa", "Iñaki", "Jordi", "Montserrat", "Núria"]
ES_LAST = ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
           "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso",
           "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano",
           "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín"]
ES_STREETS = ["Calle Mayor", "Calle Real", "Avenida de la Constitución", "Calle del Sol", "Plaza de España",
              "Calle Nueva", "Avenida de Andalucía", "Calle de Alcalá", "Gran Vía", "Calle San José",
              "Paseo de la Castellana", "Calle de la Iglesia", "Calle Castilla", "Rambla de Catalunya",
              "Calle Valencia", "Avenida del Puerto", "Calle Ancha", "Camino Viejo"]
ES_TOWNS = [("Madrid", "28013", "Madrid"), ("Barcelona", "08002", "Barcelona"), ("Valencia", "46002", "Valencia"),
            ("Sevilla", "41004", "Sevilla"), ("Zaragoza", "50001", "Zaragoza"), ("Málaga", "29015", "Málaga"),
            ("Murcia", "30004", "Murcia"), ("Palma", "07001", "Illes Balears"), ("Bilbao", "48005", "Bizkaia"),
            ("Alicante", "03002", "Alicante"), ("Córdoba", "14003", "Córdoba"), ("Valladolid", "47001", "Valladolid"),
            ("Vigo", "36201", "Pontevedra"), ("Gijón", "33201", "Asturias"), ("Granada", "18009", "Granada"),
            ("A Coruña", "15001", "A Coruña"), ("Vitoria-Gasteiz", "01001", "Álava"), ("Pamplona", "31001", "Navarra")]
FR_FIRST = ["Jean", "Pierre", "Michel", "André", "Philippe", "Nicolas", "Julien", "Thomas", "Antoine", "Hugo",
            "Louis", "Lucas", "Mathieu", "François", "Stéphane", "Marie", "Nathalie", "Isabelle", "Sylvie",
            "Catherine", "Camille", "Chloé", "Manon", "Léa", "Emma", "Inès", "Céline", "Sophie", "Hélène",
            "Élodie", "Aurélie", "Margaux", "Gaëlle", "Jérôme", "Benoît", "Zoé", "Anaïs", "Clément"]
FR_LAST = ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
           "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
           "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure",
           "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand"]
FR_STREETS = ["rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "rue de la Gare", "rue de l'Église",
              "place de la Mairie", "boulevard Gambetta", "rue Pasteur", "rue du Moulin", "allée des Tilleuls",
              "chemin des Vignes", "rue Nationale", "avenue de la Libération", "rue des Écoles", "impasse des Lilas",
              "rue du Château", "quai Saint-Michel", "cours Mirabeau"]
FR_TOWNS = [("Paris", "75011", "75"), ("Marseille", "13001", "13"), ("Lyon", "69003", "69"),
            ("Toulouse", "31000", "31"), ("Nice", "06000", "06"), ("Nantes", "44000", "44"),
            ("Strasbourg", "67000", "67"), ("Montpellier", "34000", "34"), ("Bordeaux", "33000", "33"),
            ("Lille", "59000", "59"), ("Rennes", "35000", "35"), ("Reims", "51100", "51"),
            ("Saint-Étienne", "42000", "42"), ("Le Havre", "76600", "76"), ("Grenoble", "38000", "38"),
            ("Dijon", "21000", "21"), ("Angers", "49000", "49"), ("Aix-en-Provence", "13100", "13")]
NL_FIRST = ["Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Jesse", "Bram", "Thijs", "Ruben", "Sander", "Joost",
            "Emma", "Julia", "Sophie", "Tess", "Fenna", "Sanne", "Lotte", "Anouk", "Femke", "Eva", "Noor", "Maartje"]
NL_LAST = [("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"), ("", "Janssen"),
           ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"),
           ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"),
           ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"), ("van der", "Meer")]
NL_STREETS = ["Kerkstraat", "Schoolstraat", "Molenweg", "Dorpsstraat", "Julianastraat", "Beatrixlaan",
              "Stationsweg", "Marktplein", "Prinsengracht", "Wilhelminastraat", "Nieuwstraat", "Eikenlaan"]
NL_TOWNS = [("Amsterdam", "1012"), ("Rotterdam", "3011"), ("Den Haag", "2511"), ("Utrecht", "3511"),
            ("Eindhoven", "5611"), ("Groningen", "9711"), ("Tilburg", "5038"), ("Almere", "1315"),
            ("Breda", "4811"), ("Nijmegen", "6511"), ("Zwolle", "8011"), ("Leiden", "2311"), ("Haarlem", "2011")]


class Gen:
    """A seeded source of realistic values."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seen = {}

    def unique_email(self, namespace, email):
        """email, with a number before the @ when namespace has seen it (for UNIQUE columns)."""
        seen = self.seen.setdefault(namespace, set())
        local, domain = email.split("@", 1)
        candidate, n = email, 1
        while candidate in seen:
            n += 1
            candidate = f"{local}{n}@{domain}"
        seen.add(candidate)
        return candidate

    # --- basics -----------------------------------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def uuid(self):
        h = "%032x" % self.r.getrandbits(128)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[self.r.randint(0, 3)]}{h[17:20]}-{h[20:]}"

    def date(self, y0, y1):
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return f"{y:04d}-{m:02d}-{d:02d}"

    def timestamp(self, y0=2019, y1=2026):
        return f"{self.date(y0, y1)} {self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}"

    def money(self, lo, hi):
        return round(self.r.uniform(lo, hi), 2)

    def words(self, n):
        return " ".join(self.pick(LOREM) for _ in range(n))

    # --- people -------------------------------------------------------------------------------------
    def person(self, locale="us"):
        if locale == "de":
            f, l = self.pick(DE_FIRST), self.pick(DE_LAST)
        elif locale == "es":
            f, l = self.pick(ES_FIRST), self.pick(ES_LAST) + " " + self.pick(ES_LAST)
        elif locale == "fr":
            f, l = self.pick(FR_FIRST), self.pick(FR_LAST)
        elif locale == "nl":
            f = self.pick(NL_FIRST)
            prefix, l = self.pick(NL_LAST)
            return {"first": f, "last": l, "prefix": prefix}
        else:
            f, l = self.pick(FIRST), self.pick(LAST)
        return {"first": f, "last": l, "prefix": ""}

    @staticmethod
    def ascii(s):
        table = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüñçßÁÉÍÓÚÑÇÖÜÄ", "aaaaaeeeeiiiiooooouuuuncsAEIOUNCOUA")
        return s.translate(table).replace("ß", "ss").replace("'", "").replace(" ", "")

    def email(self, p, domain=None):
        f, l = self.ascii(p["first"]).lower(), self.ascii(p["last"].split(" ")[0]).lower()
        shape = self.r.randint(0, 5)
        local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{self.r.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}{self.r.randint(1, 9)}", f"{f}{l[0]}"][shape]
        return f"{local}@{domain or self.pick(DOMAINS)}"

    def username(self, p):
        f, l = self.ascii(p["first"]).lower(), self.ascii(p["last"].split(" ")[0]).lower()
        return self.pick([f"{f[0]}{l}", f"{f}.{l}", f"{f}{self.r.randint(10, 999)}", f"{l}_{f[:3]}", f"{f}{l}"])

    def phone(self, shape=None):
        shape = shape or self.pick(["us", "us_intl", "uk", "de", "es", "fr", "nl", "dots"])
        d = self.digits
        if shape == "us":
            return f"({self.r.randint(201, 989)}) {self.r.randint(200, 999)}-{d(4)}"
        if shape == "us_intl":
            return f"+1 {self.r.randint(201, 989)}-{self.r.randint(200, 999)}-{d(4)}"
        if shape == "dots":
            return f"{self.r.randint(201, 989)}.{self.r.randint(200, 999)}.{d(4)}"
        if shape == "uk":
            return self.pick([f"+44 20 {d(4)} {d(4)}", f"+44 7{d(3)} {d(6)}", f"020 {d(4)} {d(4)}"])
        if shape == "de":
            return self.pick([f"+49 30 {d(8)}", f"030 {d(7)}", f"+49 15{self.r.randint(1, 9)} {d(8)}", f"0{self.r.randint(151, 179)} {d(7)}", f"089/{d(6)}"])
        if shape == "es":
            return self.pick([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 9{d(2)} {d(2)} {d(2)} {d(2)}"])
        if shape == "fr":
            return self.pick([f"0{self.r.randint(6, 7)} {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 {self.r.randint(6, 7)} {d(2)} {d(2)} {d(2)} {d(2)}", f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"0{self.r.randint(6, 7)}{d(8)}"])
        if shape == "nl":
            return self.pick([f"06-{d(8)}", f"+31 6 {d(8)}", f"020-{d(7)}"])
        raise ValueError(shape)

    def birth_date(self):
        return self.date(1940, 2006)

    # --- addresses ------------------------------------------------------------------------------------
    def us_street(self):
        return f"{self.r.randint(1, 9999)} {self.pick(STREETS)} {self.pick(SUFFIXES)}"

    def us_place(self):
        c = self.pick(US_CITIES)
        return {"city": c[0], "state": c[2], "zip": self.digits(5, True), "country": "United States"}

    def de_street(self):
        return f"{self.pick(DE_STREETS)} {self.r.randint(1, 180)}{self.pick(['', '', '', 'a', 'b'])}"

    def es_street(self):
        return f"{self.pick(ES_STREETS)}, {self.r.randint(1, 150)}, {self.r.randint(1, 9)}º {self.pick('ABCD')}"

    def fr_street(self):
        return f"{self.r.randint(1, 120)}{self.pick(['', '', ' bis'])} {self.pick(FR_STREETS)}"

    # --- identifiers with check digits -------------------------------------------------------------------
    def luhn_card(self):
        prefix = self.pick(["4", "51", "52", "53", "54", "55", "37", "6011"])
        length = 15 if prefix == "37" else 16
        body = prefix + self.digits(length - len(prefix) - 1)
        total = 0
        for i, ch in enumerate(reversed(body)):
            v = int(ch)
            if i % 2 == 0:
                v *= 2
                if v > 9:
                    v -= 9
            total += v
        card = body + str((10 - total % 10) % 10)
        if self.chance(0.4):
            return " ".join(card[i:i + 4] for i in range(0, len(card), 4))
        return card

    @staticmethod
    def _iban_check(country, bban):
        moved = bban + country + "00"
        num = "".join(str(int(c, 36)) for c in moved)
        return "%02d" % (98 - int(num) % 97)

    def iban(self, country=None):
        country = country or self.pick(["DE", "ES", "FR", "NL", "GB"])
        if country == "DE":
            bban = self.digits(18)
        elif country == "ES":
            bban = self.digits(20)
        elif country == "FR":
            bban = self.digits(23)
        elif country == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO", "TRIO"]) + self.digits(10)
        else:
            bban = self.pick(["NWBK", "BARC", "LOYD"]) + self.digits(14)
        ib = country + self._iban_check(country, bban) + bban
        if self.chance(0.5):
            return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib

    def ssn(self):
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def dni(self):
        n = self.r.randint(1000000, 99999999)
        return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def nie(self):
        first = self.r.randint(0, 2)
        n = self.r.randint(0, 9999999)
        return f"{'XYZ'[first]}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str(first) + '%07d' % n) % 23]}"

    def es_nss(self):
        prov = self.r.randint(1, 52)
        num = self.r.randint(1000000, 99999999)
        base = int(f"{prov:02d}{num:08d}") if num >= 10000000 else prov * 10000000 + num
        return f"{prov:02d}/{num:08d}/{base % 97:02d}"

    def steuer_id(self):
        while True:
            ds = self.r.sample(range(10), 9)
            ds.append(self.r.choice(ds))
            self.r.shuffle(ds)
            if ds[0] != 0:
                break
        product = 10
        for d in ds:
            s = (d + product) % 10
            if s == 0:
                s = 10
            product = (s * 2) % 11
        check = 11 - product
        if check == 10:
            check = 0
        n = "".join(map(str, ds)) + str(check)
        return n if self.chance(0.7) else f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"

    def de_svnr(self, birth, last):
        area = self.pick(["12", "13", "15", "18", "23", "24", "25", "28", "38", "40", "42", "53", "65"])
        y, m, d = birth.split("-")
        letter = self.ascii(last)[0].upper()
        serial = "%02d" % self.r.randint(0, 99)
        digits = area + d + m + y[2:] + "%02d" % (ord(letter) - 64) + serial
        weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        total = 0
        for dig, w in zip(digits, weights):
            p = int(dig) * w
            total += p // 10 + p % 10
        return f"{area}{d}{m}{y[2:]}{letter}{serial}{total % 10}"

    def fr_nir(self, birth, sex):
        y, m, _ = birth.split("-")
        dept = self.pick(["75", "13", "69", "31", "06", "44", "67", "34", "33", "59", "35"])
        body = f"{sex}{y[2:]}{m}{dept}{self.r.randint(1, 999):03d}{self.r.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        n = f"{body}{key:02d}"
        if self.chance(0.5):
            return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
        return n

    def bsn(self):
        while True:
            ds = [self.r.randint(0, 9) for _ in range(8)]
            if ds[0] == 0:
                continue
            s = sum(d * w for d, w in zip(ds, range(9, 1, -1)))
            last = s % 11
            if last < 10:
                return "".join(map(str, ds)) + str(last)

    # --- network ----------------------------------------------------------------------------------------
    def ipv4(self):
        return self.pick([
            f"{self.r.randint(1, 223)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
            f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
            f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"])

    def ipv6(self):
        groups = ["%x" % self.r.getrandbits(16) for _ in range(8)]
        if self.chance(0.5):
            return "2001:db8:" + ":".join(groups[2:])
        return "2a02:" + ":".join(groups[1:4]) + "::" + groups[7]

    def mac(self):
        sep = self.pick([":", "-"])
        return sep.join("%02x" % self.r.getrandbits(8) for _ in range(6)).upper() if sep == "-" else \
            sep.join("%02x" % self.r.getrandbits(8) for _ in range(6))

    # --- companies, products ---------------------------------------------------------------------------------
    def company(self):
        return f"{self.pick(COMPANY_WORDS)} {self.pick(COMPANY_WORDS)} {self.pick(COMPANY_SUFFIXES)}"

    def sku(self):
        return f"{self.pick(['SKU', 'PRD', 'ART'])}-{self.digits(5)}-{self.pick(string.ascii_uppercase)}{self.pick(string.ascii_uppercase)}"


def sql_literal(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, bytes):
        return "X'" + v.hex() + "'"
    if isinstance(v, (dict, list)):
        v = json.dumps(v, ensure_ascii=False)
    return "'" + str(v).replace("'", "''") + "'"


def pg_array(items):
    """PostgreSQL array text: {a,"b c"}."""
    out = []
    for it in items:
        s = str(it)
        if s == "" or any(c in s for c in ' ,{}"\\') or s.upper() == "NULL":
            s = '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
        out.append(s)
    return "{" + ",".join(out) + "}"
