#!/usr/bin/env python3
"""Writes the HELD-OUT detection corpus: holdout/corpus/*.sql (one SQLite database each) and holdout/labels.tsv.

The held-out set exists to measure `doppel init` on schemas the detector was never tuned on. It is
self-contained on purpose: it imports nothing from ../lib.py (whose name lists come from the fakers'
resources) and no file under Sources/; every name, street, town and sentence below is written here, and
the schemas follow public sample databases (AdventureWorks, the MySQL `employees` sample, the Stack
Exchange data dump) and ordinary production naming, not the detector's vocabularies. Labels follow the
conventions of ../README.md; the choices those conventions leave open are listed in README.md here.

Each column is (name, SQL declaration, label), label a PIIKind, `-` (not personal) or `fk`.

Usage: python3 Benchmarks/detection/holdout/generate.py   (rewrites holdout/corpus/ and holdout/labels.tsv;
deterministic: byte for byte the same on every run)
"""

import hashlib
import json
import os
import random
import string
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"name", "first_name", "last_name", "email", "phone", "street_address", "city", "state", "region",
         "postcode", "country", "job_title", "courtesy_title", "company", "username", "date_of_birth",
         "national_id", "free_text", "ip_address", "url", "account_number", "other"}

# --------------------------------------------------------------------------------------------------------
# Hand-written value lists (common names and places of many cultures; facts, not copied data sets).
# --------------------------------------------------------------------------------------------------------
WORLD_PEOPLE = {
    "en": (["James", "Olivia", "Liam", "Emily", "Noah", "Charlotte", "Ethan", "Grace", "Ryan", "Hannah", "Kevin",
            "Megan", "Brandon", "Ashley", "Tyler", "Brittany", "Gareth", "Siobhan", "Declan", "Fiona", "Rhys", "Cerys"],
           ["Walsh", "Thompson", "Hughes", "Barnes", "Fletcher", "Murphy", "O'Brien", "Kennedy", "Price", "Ward",
            "Holloway", "Pritchard", "McAllister", "Donnelly", "Whitaker", "Gallagher", "Abbott", "Sinclair"]),
    "es": (["Mateo", "Valentina", "Santiago", "Camila", "Diego", "Ximena", "Joaquín", "Renata", "Emiliano", "Guadalupe"],
           ["Hernández", "Castillo", "Vargas", "Mendoza", "Rojas", "Cárdenas", "Villanueva", "Aguilar", "Salazar", "Ibarra"]),
    "zh": (["Wei", "Fang", "Jing", "Lei", "Xiaoming", "Mei", "Hao", "Yan", "Zhiwei", "Lina", "Jun", "Qing"],
           ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"]),
    "in": (["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Deepika", "Arjun", "Kavya", "Sanjay", "Lakshmi", "Rahul", "Nisha"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Chatterjee", "Menon", "Deshpande", "Krishnan", "Banerjee", "Rao"]),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka", "Ifeanyi", "Yetunde"],
           ["Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun", "Nwosu", "Adebayo", "Obi", "Chukwu", "Olawale"]),
    "ar": (["Omar", "Fatima", "Youssef", "Layla", "Karim", "Amira", "Tariq", "Nour", "Hassan", "Yasmin", "Samir", "Rania"],
           ["Haddad", "Khoury", "Mansour", "Saleh", "Nasser", "Farouk", "Aziz", "Hamdan", "Qureshi", "El-Amin"]),
    "ja": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Takumi", "Sakura", "Kenji", "Yuki", "Daiki", "Mio"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi", "Yamamoto", "Kato"]),
    "ko": (["Minjun", "Seoyeon", "Jiho", "Haeun", "Dohyun", "Jiwoo", "Eunji", "Sungmin"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"]),
    "vi": (["Minh", "Linh", "Tuan", "Thao", "Duc", "Huong", "Quang", "Trang"],
           ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"]),
    "tr": (["Emre", "Zeynep", "Burak", "Elif", "Mehmet", "Ayşe", "Can", "Selin"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk"]),
    "ru": (["Dmitri", "Anastasia", "Sergei", "Ekaterina", "Alexei", "Olga", "Ivan", "Tatiana"],
           ["Ivanov", "Smirnova", "Kuznetsov", "Popova", "Volkov", "Sokolova", "Morozov", "Lebedeva"]),
    "it": (["Giulia", "Alessandro", "Francesca", "Lorenzo", "Chiara", "Matteo", "Martina", "Davide"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"]),
    "sw": (["Amani", "Baraka", "Zawadi", "Juma", "Neema", "Kioko"], ["Mwangi", "Otieno", "Kamau", "Wanjiru", "Achieng", "Njoroge"]),
}
WORLD_KEYS = list(WORLD_PEOPLE)

BR_FIRST = ["João", "Maria", "José", "Ana", "Francisco", "Antônia", "Carlos", "Francisca", "Paulo", "Adriana",
            "Pedro", "Juliana", "Lucas", "Márcia", "Luiz", "Fernanda", "Marcos", "Patrícia", "Luís", "Aline",
            "Gabriel", "Sandra", "Rafael", "Camila", "Daniel", "Bruna", "Thiago", "Letícia", "Rodrigo", "Vitória",
            "Gustavo", "Larissa", "Felipe", "Beatriz", "Matheus", "Raimunda", "Wellington", "Jéssica", "Cauã", "Thaís"]
BR_LAST = ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
           "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa",
           "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes", "Freitas",
           "Cardoso", "Ramos", "Gonçalves", "Santana", "Teixeira", "Araújo", "Cavalcanti", "Magalhães"]
BR_STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Av.", "Travessa", "Alameda", "Praça", "Estrada"]
BR_STREET_NAMES = ["das Flores", "Augusta", "XV de Novembro", "Sete de Setembro", "Tiradentes", "Dom Pedro II",
                   "Santos Dumont", "Barão do Rio Branco", "Getúlio Vargas", "da Consolação", "Paulista",
                   "Marechal Deodoro", "São João", "Padre Anchieta", "Rui Barbosa", "das Acácias", "Brasil",
                   "Castro Alves", "Presidente Vargas", "Boa Viagem", "Afonso Pena", "Borges de Medeiros"]
BR_BAIRROS = ["Centro", "Jardim Paulista", "Vila Mariana", "Copacabana", "Boa Viagem", "Savassi", "Moinhos de Vento",
              "Batel", "Meireles", "Pinheiros", "Tijuca", "Barra da Tijuca", "Santa Efigênia", "Itaim Bibi",
              "Vila Madalena", "Liberdade", "Botafogo", "Asa Norte", "Ponta Verde", "Jardim Europa", "Cidade Nova"]
BR_CITIES = [("São Paulo", "SP", "0", "11"), ("Rio de Janeiro", "RJ", "2", "21"), ("Belo Horizonte", "MG", "3", "31"),
             ("Porto Alegre", "RS", "9", "51"), ("Curitiba", "PR", "8", "41"), ("Recife", "PE", "5", "81"),
             ("Salvador", "BA", "4", "71"), ("Fortaleza", "CE", "6", "85"), ("Brasília", "DF", "7", "61"),
             ("Campinas", "SP", "1", "19"), ("Goiânia", "GO", "7", "62"), ("Belém", "PA", "6", "91"),
             ("Manaus", "AM", "6", "92"), ("Florianópolis", "SC", "8", "48"), ("Maceió", "AL", "5", "82"),
             ("Niterói", "RJ", "2", "21"), ("Santos", "SP", "1", "13"), ("Uberlândia", "MG", "3", "34")]
BR_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "outlook.com", "terra.com.br"]

PL_FIRST_M = ["Jakub", "Antoni", "Szymon", "Jan", "Filip", "Franciszek", "Aleksander", "Mikołaj", "Wojciech", "Kacper",
              "Adam", "Michał", "Marcel", "Stanisław", "Wiktor", "Piotr", "Igor", "Leon", "Tymon", "Bartosz"]
PL_FIRST_F = ["Zuzanna", "Julia", "Maja", "Zofia", "Hanna", "Lena", "Alicja", "Maria", "Amelia", "Oliwia",
              "Aleksandra", "Wiktoria", "Natalia", "Pola", "Laura", "Gabriela", "Małgorzata", "Agnieszka", "Katarzyna", "Ewa"]
PL_LAST = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
           ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
           ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"),
           ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"), ("Kwiatkowski", "Kwiatkowska"),
           ("Krawczyk", "Krawczyk"), ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"), ("Nowakowski", "Nowakowska"),
           ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"), ("Król", "Król"), ("Wieczorek", "Wieczorek"),
           ("Jabłoński", "Jabłońska"), ("Wróbel", "Wróbel"), ("Majewski", "Majewska"), ("Olszewski", "Olszewska")]
PL_STREETS = ["Kwiatowa", "Polna", "Leśna", "Słoneczna", "Krótka", "Szkolna", "Ogrodowa", "Lipowa", "Brzozowa",
              "Łąkowa", "Kościuszki", "Mickiewicza", "Sienkiewicza", "Piłsudskiego", "Jana Pawła II", "Kolejowa",
              "Długa", "Marszałkowska", "Grunwaldzka", "3 Maja", "Wojska Polskiego", "Armii Krajowej"]
PL_TOWNS = [("Warszawa", "00", "mazowieckie", "22"), ("Kraków", "30", "małopolskie", "12"), ("Łódź", "90", "łódzkie", "42"),
            ("Wrocław", "50", "dolnośląskie", "71"), ("Poznań", "60", "wielkopolskie", "61"), ("Gdańsk", "80", "pomorskie", "58"),
            ("Szczecin", "70", "zachodniopomorskie", "91"), ("Bydgoszcz", "85", "kujawsko-pomorskie", "52"),
            ("Lublin", "20", "lubelskie", "81"), ("Białystok", "15", "podlaskie", "85"), ("Katowice", "40", "śląskie", "32"),
            ("Gdynia", "81", "pomorskie", "58"), ("Częstochowa", "42", "śląskie", "34"), ("Radom", "26", "mazowieckie", "48"),
            ("Toruń", "87", "kujawsko-pomorskie", "56"), ("Rzeszów", "35", "podkarpackie", "17"), ("Kielce", "25", "świętokrzyskie", "41"),
            ("Olsztyn", "10", "warmińsko-mazurskie", "89"), ("Opole", "45", "opolskie", "77"), ("Zielona Góra", "65", "lubuskie", "68")]
PL_DOMAINS = ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl", "op.pl"]

US_PLACES = [("Seattle", "Washington", "WA", "981"), ("Bothell", "Washington", "WA", "980"), ("Redmond", "Washington", "WA", "980"),
             ("Portland", "Oregon", "OR", "972"), ("San Francisco", "California", "CA", "941"), ("Los Angeles", "California", "CA", "900"),
             ("San Diego", "California", "CA", "921"), ("Phoenix", "Arizona", "AZ", "850"), ("Denver", "Colorado", "CO", "802"),
             ("Austin", "Texas", "TX", "787"), ("Dallas", "Texas", "TX", "752"), ("Chicago", "Illinois", "IL", "606"),
             ("Minneapolis", "Minnesota", "MN", "554"), ("Atlanta", "Georgia", "GA", "303"), ("Miami", "Florida", "FL", "331"),
             ("Boston", "Massachusetts", "MA", "021"), ("New York", "New York", "NY", "100"), ("Philadelphia", "Pennsylvania", "PA", "191"),
             ("Columbus", "Ohio", "OH", "432"), ("Nashville", "Tennessee", "TN", "372"), ("Salt Lake City", "Utah", "UT", "841"),
             ("Raleigh", "North Carolina", "NC", "276"), ("Kansas City", "Missouri", "MO", "641"), ("Detroit", "Michigan", "MI", "482")]
OTHER_PLACES = [("Toronto", "Ontario", "CA", "M5V {d}{L}{d}"), ("Vancouver", "British Columbia", "CA", "V6B {d}{L}{d}"),
                ("Calgary", "Alberta", "CA", "T2P {d}{L}{d}"), ("London", "England", "GB", "SW1A {d}{L}{L}"),
                ("Manchester", "England", "GB", "M1 {d}{L}{L}"), ("Edinburgh", "Scotland", "GB", "EH1 {d}{L}{L}"),
                ("Sydney", "New South Wales", "AU", "2000"), ("Melbourne", "Victoria", "AU", "3000"),
                ("Brisbane", "Queensland", "AU", "4000"), ("Berlin", "Berlin", "DE", "10{d}{d}{d}"),
                ("Hamburg", "Hamburg", "DE", "20{d}{d}{d}"), ("Paris", "Île-de-France", "FR", "750{d}{d}"),
                ("Lyon", "Auvergne-Rhône-Alpes", "FR", "6900{d}")]
EN_STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Sunset", "Park", "Ridge", "Valley",
              "Highland", "Meadow", "Willow", "Lincoln", "Jefferson", "Cherry", "Spring", "Bayview", "Mission", "Hillcrest"]
EN_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Drive", "Dr.", "Lane", "Blvd", "Court", "Way", "Place"]
WORLD_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.co.uk", "gmx.net", "qq.com",
                 "naver.com", "yandex.ru", "mail.com", "fastmail.fm"]

SE_CITIES = ["Seattle, WA", "London, United Kingdom", "Berlin, Germany", "Bangalore, Karnataka, India", "Toronto, Canada",
             "San Francisco, CA", "Paris, France", "Sydney NSW, Australia", "Beijing, China", "Tokyo, Japan", "Lagos, Nigeria",
             "Amsterdam, Netherlands", "Moscow, Russia", "São Paulo, Brazil", "Kraków, Poland", "Austin, TX, USA",
             "Dublin, Ireland", "Istanbul, Turkey", "Hanoi, Vietnam", "Seoul, South Korea", "Nairobi, Kenya", "Cairo, Egypt",
             "Pune, India", "Chicago, IL", "Zürich, Switzerland", "Oslo", "Melbourne", "Somewhere in Texas", "Earth",
             "127.0.0.1", "Boston", "Milan, Italy", "Buenos Aires, Argentina", "Mexico City", "Stockholm, Sweden"]

# First-level subdivisions (a lookup table's rows: code, country, name).
SUBDIVISIONS = [(c, "US", n) for c, n in (x.split(":") for x in (
    "AL:Alabama AK:Alaska AZ:Arizona AR:Arkansas CA:California CO:Colorado CT:Connecticut DE:Delaware FL:Florida "
    "GA:Georgia HI:Hawaii ID:Idaho IL:Illinois IN:Indiana IA:Iowa KS:Kansas KY:Kentucky LA:Louisiana ME:Maine "
    "MD:Maryland MA:Massachusetts MI:Michigan MN:Minnesota MS:Mississippi MO:Missouri MT:Montana NE:Nebraska "
    "NV:Nevada NH:New_Hampshire NJ:New_Jersey NM:New_Mexico NY:New_York NC:North_Carolina ND:North_Dakota OH:Ohio "
    "OK:Oklahoma OR:Oregon PA:Pennsylvania RI:Rhode_Island SC:South_Carolina SD:South_Dakota TN:Tennessee TX:Texas "
    "UT:Utah VT:Vermont VA:Virginia WA:Washington WV:West_Virginia WI:Wisconsin WY:Wyoming").split())]
SUBDIVISIONS += [(c, cc, n) for cc, block in (
    ("CA", "AB:Alberta BC:British_Columbia MB:Manitoba NB:New_Brunswick NL:Newfoundland_and_Labrador NS:Nova_Scotia "
           "NT:Northwest_Territories NU:Nunavut ON:Ontario PE:Prince_Edward_Island QC:Quebec SK:Saskatchewan YT:Yukon"),
    ("AU", "NSW:New_South_Wales QLD:Queensland SA:South_Australia TAS:Tasmania VIC:Victoria WA:Western_Australia "
           "ACT:Australian_Capital_Territory NT:Northern_Territory"),
    ("DE", "BW:Baden-Württemberg BY:Bayern BE:Berlin BB:Brandenburg HB:Bremen HH:Hamburg HE:Hessen "
           "MV:Mecklenburg-Vorpommern NI:Niedersachsen NW:Nordrhein-Westfalen RP:Rheinland-Pfalz SL:Saarland SN:Sachsen "
           "ST:Sachsen-Anhalt SH:Schleswig-Holstein TH:Thüringen"),
    ("GB", "ENG:England SCT:Scotland WLS:Wales NIR:Northern_Ireland"),
    ("MX", "AGU:Aguascalientes BCN:Baja_California BCS:Baja_California_Sur CAM:Campeche CHP:Chiapas CHH:Chihuahua "
           "CMX:Ciudad_de_México COA:Coahuila COL:Colima DUR:Durango GUA:Guanajuato GRO:Guerrero HID:Hidalgo JAL:Jalisco "
           "MEX:Estado_de_México MIC:Michoacán MOR:Morelos NAY:Nayarit NLE:Nuevo_León OAX:Oaxaca PUE:Puebla QUE:Querétaro "
           "ROO:Quintana_Roo SLP:San_Luis_Potosí SIN:Sinaloa SON:Sonora TAB:Tabasco TAM:Tamaulipas TLA:Tlaxcala "
           "VER:Veracruz YUC:Yucatán ZAC:Zacatecas"),
    ("BR", "AC:Acre AL:Alagoas AP:Amapá AM:Amazonas BA:Bahia CE:Ceará DF:Distrito_Federal ES:Espírito_Santo GO:Goiás "
           "MA:Maranhão MT:Mato_Grosso MS:Mato_Grosso_do_Sul MG:Minas_Gerais PA:Pará PB:Paraíba PR:Paraná PE:Pernambuco "
           "PI:Piauí RJ:Rio_de_Janeiro RN:Rio_Grande_do_Norte RS:Rio_Grande_do_Sul RO:Rondônia RR:Roraima SC:Santa_Catarina "
           "SP:São_Paulo SE:Sergipe TO:Tocantins"),
    ("FR", "ARA:Auvergne-Rhône-Alpes BFC:Bourgogne-Franche-Comté BRE:Bretagne CVL:Centre-Val_de_Loire COR:Corse "
           "GES:Grand_Est HDF:Hauts-de-France IDF:Île-de-France NOR:Normandie NAQ:Nouvelle-Aquitaine OCC:Occitanie "
           "PDL:Pays_de_la_Loire PAC:Provence-Alpes-Côte_d'Azur"),
    ("IT", "65:Abruzzo 77:Basilicata 78:Calabria 72:Campania 45:Emilia-Romagna 36:Friuli-Venezia_Giulia 62:Lazio "
           "42:Liguria 25:Lombardia 57:Marche 67:Molise 21:Piemonte 75:Puglia 88:Sardegna 82:Sicilia 52:Toscana "
           "32:Trentino-Alto_Adige 55:Umbria 23:Valle_d'Aosta 34:Veneto"),
    ("ES", "AN:Andalucía AR:Aragón AS:Asturias IB:Illes_Balears CN:Canarias CB:Cantabria CL:Castilla_y_León "
           "CM:Castilla-La_Mancha CT:Cataluña EX:Extremadura GA:Galicia RI:La_Rioja MD:Madrid MC:Murcia NC:Navarra "
           "PV:País_Vasco VC:Comunitat_Valenciana"),
) for c, n in (x.split(":") for x in block.split())]
SUBDIVISIONS = [(c, cc, n.replace("_", " ")) for c, cc, n in SUBDIVISIONS]


def q(name):
    return '"' + name.replace('"', '""') + '"'


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


def ascii_fold(s):
    table = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüñçÁÉÍÓÚÑÇÖÜÄÂÔŞşıİğĞąćęłńśźżĄĆĘŁŃŚŹŻ",
                          "aaaaaaeeeeiiiiooooouuuuncAEIOUNCOUAAOSsiIgGacelnszzACELNSZZ")
    return s.translate(table).replace("'", "").replace(" ", "").replace("-", "")


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seen = {}

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def some(self, p, v):
        return v if self.chance(p) else None

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def uuid(self):
        h = "%032x" % self.r.getrandbits(128)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[self.r.randint(0, 3)]}{h[17:20]}-{h[20:]}"

    def date(self, y0, y1):
        return f"{self.r.randint(y0, y1):04d}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def ts(self, y0=2015, y1=2025, sep=" ", frac=False):
        s = f"{self.date(y0, y1)}{sep}{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}"
        return s + (f".{self.r.randint(0, 999):03d}" if frac else "")

    def money(self, lo, hi):
        return round(self.r.uniform(lo, hi), 2)

    def unique(self, ns, value, bump):
        seen = self.seen.setdefault(ns, set())
        v, n = value, 1
        while v in seen:
            n += 1
            v = bump(value, n)
        seen.add(v)
        return v

    # --- people -----------------------------------------------------------------------------------------
    def world_person(self, culture=None):
        c = culture or self.pick(WORLD_KEYS)
        firsts, lasts = WORLD_PEOPLE[c]
        return {"first": self.pick(firsts), "last": self.pick(lasts), "culture": c}

    def local_part(self, first, last):
        f, l = ascii_fold(first).lower(), ascii_fold(last.split(" ")[-1]).lower()
        return self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{self.r.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}",
                          f"{f}{l[0]}{self.r.randint(1, 9)}", f"{l}{f[0]}", f"{f}.{l}{self.r.randint(70, 99)}"])

    def email(self, first, last, domains=WORLD_DOMAINS):
        return f"{self.local_part(first, last)}@{self.pick(domains)}"

    def handle(self, first, last):
        f, l = ascii_fold(first).lower(), ascii_fold(last.split(" ")[-1]).lower()
        return self.pick([f"{f}{l}", f"{f}_{l[:4]}", f"{f[0]}{l}{self.r.randint(1, 99)}", f"the{l}", f"{f}.{l}",
                          f"{l}{self.r.randint(100, 9999)}", f"{f}dev", f"x{f}x"])

    def ipv4(self):
        return self.pick([f"{self.r.randint(1, 223)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                          f"{self.r.randint(1, 223)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                          f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                          f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"])

    def ipv6(self):
        g = ["%x" % self.r.getrandbits(16) for _ in range(8)]
        return self.pick(["2a01:" + ":".join(g[1:]), "2600:1700:" + ":".join(g[2:5]) + "::" + g[7], "fe80::" + ":".join(g[4:])])

    def us_phone(self):
        return self.pick([f"{self.r.randint(201, 989)}-555-0{self.digits(3)}", f"1 ({self.r.randint(11, 99)}) 500 555-0{self.digits(3)}",
                          f"({self.r.randint(201, 989)}) {self.r.randint(200, 999)}-{self.digits(4)}",
                          f"+1 {self.r.randint(201, 989)} {self.r.randint(200, 999)} {self.digits(4)}"])

    def intl_phone(self):
        return self.pick([f"+44 7{self.digits(3)} {self.digits(6)}", f"+49 1{self.r.randint(51, 79)} {self.digits(7)}",
                          f"+91 {self.r.randint(70, 99)}{self.digits(3)} {self.digits(5)}", f"+234 80{self.digits(1)} {self.digits(3)} {self.digits(4)}",
                          f"+81 90-{self.digits(4)}-{self.digits(4)}", f"+86 13{self.digits(1)} {self.digits(4)} {self.digits(4)}",
                          f"+55 11 9{self.digits(4)}-{self.digits(4)}", f"+48 {self.r.randint(500, 889)} {self.digits(3)} {self.digits(3)}",
                          f"+33 6 {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.digits(2)}", f"+1 {self.r.randint(201, 989)}-{self.r.randint(200, 999)}-{self.digits(4)}"])

    def e164(self):
        return self.pick([f"+1{self.r.randint(201, 989)}{self.r.randint(200, 999)}{self.digits(4)}", f"+447{self.digits(9)}",
                          f"+4915{self.r.randint(1, 9)}{self.digits(7)}", f"+91{self.r.randint(70, 99)}{self.digits(8)}",
                          f"+2348{self.r.randint(0, 1)}{self.digits(8)}", f"+55119{self.digits(8)}", f"+4869{self.digits(7)}"])

    def en_street(self):
        return f"{self.r.randint(1, 9999)} {self.pick(EN_STREETS)} {self.pick(EN_SUFFIX)}"

    def place(self):
        if self.chance(0.7):
            c = self.pick(US_PLACES)
            return {"city": c[0], "state": c[1], "code": c[2], "postcode": c[3] + self.digits(2), "country": "US"}
        c = self.pick(OTHER_PLACES)
        pc = c[3]
        while "{" in pc:
            pc = pc.replace("{d}", str(self.r.randint(0, 9)), 1).replace("{L}", self.pick("ABDEFGHJLNPQRSTUWXYZ"), 1)
        return {"city": c[0], "state": c[1], "code": c[2], "postcode": pc, "country": c[2]}

    # --- identifiers with check digits -------------------------------------------------------------------
    def luhn(self, body):
        total = 0
        for i, ch in enumerate(reversed(body)):
            v = int(ch)
            if i % 2 == 0:
                v *= 2
                if v > 9:
                    v -= 9
            total += v
        return body + str((10 - total % 10) % 10)

    def card(self):
        prefix = self.pick(["4", "51", "53", "55", "2221", "34", "37", "6011", "36"])
        length = 15 if prefix in ("34", "37") else 14 if prefix == "36" else 16
        return self.luhn(prefix + self.digits(length - len(prefix) - 1))

    def iban(self, country, bban):
        moved = bban + country + "00"
        num = "".join(str(int(c, 36)) for c in moved)
        ib = f"{country}{98 - int(num) % 97:02d}{bban}"
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if self.chance(0.5) else ib

    def ssn9(self):
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"

    def cpf(self):
        ds = [self.r.randint(0, 9) for _ in range(9)]
        if len(set(ds)) == 1:
            ds[0] = (ds[0] + 1) % 10
        for n in (10, 11):
            s = sum(d * w for d, w in zip(ds, range(n, 1, -1)))
            ds.append((s * 10 % 11) % 10)
        n = "".join(map(str, ds))
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if self.chance(0.6) else n

    def rg_sp(self):
        ds = [self.r.randint(0, 9) for _ in range(8)]
        s = sum(d * w for d, w in zip(ds, range(2, 10)))
        r = 11 - s % 11
        check = "X" if r == 10 else "0" if r == 11 else str(r)
        n = "".join(map(str, ds))
        return f"{n[:2]}.{n[2:5]}.{n[5:]}-{check}" if self.chance(0.7) else n + check

    def pesel(self, birth, female):
        y, m, d = (int(x) for x in birth.split("-"))
        mm = m + (20 if y >= 2000 else 0)
        serial = self.digits(3)
        sex = self.pick([0, 2, 4, 6, 8]) if female else self.pick([1, 3, 5, 7, 9])
        body = f"{y % 100:02d}{mm:02d}{d:02d}{serial}{sex}"
        s = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
        return body + str((10 - s % 10) % 10)

    def nip_pl(self):
        while True:
            ds = [self.r.randint(0, 9) for _ in range(9)]
            if ds[0] == 0:
                continue
            c = sum(d * w for d, w in zip(ds, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
            if c < 10:
                return "".join(map(str, ds)) + str(c)

    def cnpj(self):
        ds = [self.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
        for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
            r = sum(d * x for d, x in zip(ds, w)) % 11
            ds.append(0 if r < 2 else 11 - r)
        n = "".join(map(str, ds))
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"


class Table:
    def __init__(self, name, rows, columns, row):
        self.name, self.rows, self.columns, self.row = name, rows, columns, row
        for col, decl, label in columns:
            assert label in KINDS or label in ("-", "fk"), (name, col, label)
            assert ("REFERENCES" in decl) == (label == "fk"), (name, col, "fk label must match REFERENCES")
        assert rows == 0 or rows >= 200, (name, rows)


def write_db(db, tables, g, labels):
    path = os.path.join(HERE, "corpus", db + ".sql")
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"-- Doppel held-out detection corpus: {db}. Generated by Benchmarks/detection/holdout/generate.py; do not edit.\n")
        f.write("PRAGMA foreign_keys = OFF;\nBEGIN;\n")
        for t in tables:
            defs = [f"  {q(c)} {d}" for c, d, _ in t.columns]
            f.write(f"CREATE TABLE {q(t.name)} (\n" + ",\n".join(defs) + "\n);\n")
        for t in tables:
            cols = ", ".join(q(c) for c, _, _ in t.columns)
            batch = []
            for i in range(1, t.rows + 1):
                values = t.row(g, i)
                assert len(values) == len(t.columns), (t.name, len(values), len(t.columns))
                batch.append("(" + ", ".join(sql_literal(v) for v in values) + ")")
                if len(batch) == 100 or i == t.rows:
                    f.write(f"INSERT INTO {q(t.name)} ({cols}) VALUES\n" + ",\n".join(batch) + ";\n")
                    batch = []
        f.write("COMMIT;\n")
    for t in tables:
        for c, _, label in t.columns:
            labels.append((db, t.name, c, label))


# ========================================================================================================
# 1. adventureworks: the shape of Microsoft's AdventureWorks OLTP sample (Person, Sales, HumanResources,
#    Purchasing schemas flattened: SQLite has no schemas, so Person.Person is `Person`, and so on).
# ========================================================================================================
def adventureworks():
    g = Gen(20251)
    n_person, n_addr, n_store, n_cc, n_emp, n_vendor, n_prod = 600, 520, 220, 400, 290, 200, 300
    n_prov = len(SUBDIVISIONS)
    titles = ["Mr.", "Ms.", "Mrs.", "Sr.", "Sra.", "Dr.", "Prof."]
    suffixes = ["Jr.", "Sr.", "II", "III", "IV", "PhD"]
    jobs = ["Production Technician - WC60", "Production Technician - WC40", "Design Engineer", "Tool Designer",
            "Marketing Specialist", "Buyer", "Sales Representative", "Accounts Receivable Specialist",
            "Production Supervisor - WC20", "Network Administrator", "Chief Financial Officer", "Recruiter",
            "Facilities Manager", "Quality Assurance Technician", "Scheduling Assistant", "Stocker",
            "Vice President of Engineering", "Senior Tool Designer", "Application Specialist", "Benefits Specialist"]
    people = {}

    def person(g, i):
        p = g.world_person()
        mid = g.some(0.55, g.pick(["A.", "B.", "C.", "J.", "L.", "M.", "R.", "S.", "T.", "Marie", "Lee", "Ann"]))
        people[i] = (p["first"], p["last"])
        contact = None
        if g.chance(0.12):
            contact = (f'<AdditionalContactInfo xmlns="http://schemas.microsoft.com/sqlserver/2004/07/adventure-works/ContactInfo">'
                       f'<act:telephoneNumber><act:number>{g.us_phone()}</act:number></act:telephoneNumber>'
                       f'<act:homePostalAddress><act:Street>{g.en_street()}</act:Street><act:City>{g.place()["city"]}</act:City></act:homePostalAddress>'
                       f'<act:eMail><act:eMailAddress>{g.email(p["first"], p["last"])}</act:eMailAddress></act:eMail></AdditionalContactInfo>')
        demo = None
        if g.chance(0.8):
            demo = (f'<IndividualSurvey xmlns="http://schemas.microsoft.com/sqlserver/2004/07/adventure-works/IndividualSurvey">'
                    f'<TotalPurchaseYTD>{g.money(0, 9000)}</TotalPurchaseYTD><BirthDate>{g.date(1940, 2002)}Z</BirthDate>'
                    f'<MaritalStatus>{g.pick("MS")}</MaritalStatus><YearlyIncome>{g.pick(["0-25000", "25001-50000", "50001-75000", "75001-100000", "greater than 100000"])}</YearlyIncome>'
                    f'<Gender>{g.pick("MF")}</Gender><TotalChildren>{g.r.randint(0, 5)}</TotalChildren>'
                    f'<Education>{g.pick(["Bachelors", "Partial College", "High School", "Graduate Degree"])}</Education>'
                    f'<Occupation>{g.pick(["Professional", "Skilled Manual", "Clerical", "Management", "Manual"])}</Occupation>'
                    f'<HomeOwnerFlag>{g.r.randint(0, 1)}</HomeOwnerFlag><NumberCarsOwned>{g.r.randint(0, 4)}</NumberCarsOwned></IndividualSurvey>')
        return [i, g.pick(["IN", "IN", "IN", "SC", "EM", "SP", "VC", "GC"]), 0, g.some(0.15, g.pick(titles)), p["first"], mid,
                p["last"], g.some(0.04, g.pick(suffixes)), g.r.randint(0, 2), contact, demo, g.uuid().upper(), g.ts(2006, 2014)]

    def email_address(g, i):
        f, l = people[i]
        local = ascii_fold(f).lower() + str(g.r.randint(0, 9))
        em = g.unique("awmail", f"{local}@adventure-works.com", lambda v, n: v.replace("@", f"{n}@"))
        if g.chance(0.3):
            em = g.email(f, l)
        return [i, i, em, g.uuid().upper(), g.ts(2006, 2014)]

    def person_phone(g, i):
        return [(i - 1) % n_person + 1, g.us_phone() if g.chance(0.8) else g.intl_phone(), g.r.randint(1, 3), g.ts(2006, 2014)]

    def state_province(g, i):
        code, country, name = SUBDIVISIONS[i - 1]
        return [i, code, country, 0, name, g.r.randint(1, 10), g.uuid().upper(), g.ts(2008, 2014)]

    def address(g, i):
        pl = g.place()
        return [i, g.en_street(), g.some(0.12, g.pick([f"Apt. {g.r.randint(1, 999)}", f"Suite {g.r.randint(100, 900)}", "# 2", "PO Box " + g.digits(4)])),
                pl["city"], g.r.randint(1, n_prov), pl["postcode"],
                f"POINT ({g.r.uniform(-123, -70):.6f} {g.r.uniform(25, 49):.6f})", g.uuid().upper(), g.ts(2006, 2014)]

    def bea(g, i):
        return [(i - 1) % n_person + 1, i if i <= n_addr else g.r.randint(1, n_addr), g.pick([1, 2, 2, 3, 5]), g.uuid().upper(), g.ts(2006, 2014)]

    def credit_card(g, i):
        return [i, g.pick(["SuperiorCard", "Distinguish", "ColonialVoice", "Vista"]), g.card(), g.r.randint(1, 12),
                g.r.randint(2005, 2030), g.ts(2006, 2014)]

    def person_cc(g, i):
        return [(i * 7) % n_person + 1, (i - 1) % n_cc + 1, g.ts(2006, 2014)]

    def customer(g, i):
        return [i, g.some(0.9, g.r.randint(1, n_person)), g.some(0.3, g.r.randint(1, n_store)), g.r.randint(1, 10),
                f"AW{i:08d}", g.uuid().upper(), g.ts(2006, 2014)]

    store_words = ["Bike", "Cycle", "Sport", "Wheels", "Outdoor", "Trail", "Pedal", "Gear", "Riders", "Mountain"]

    def store(g, i):
        name = f"{g.pick(['Metro', 'Valley', 'Express', 'First', 'Grand', 'Urban', 'Rural', 'Coastal'])} {g.pick(store_words)} {g.pick(['Shop', 'Store', 'Company', 'Outlet', 'Supply', 'Emporium', 'Warehouse'])}"
        demo = (f'<StoreSurvey><AnnualSales>{g.pick([300000, 800000, 1500000, 3000000])}</AnnualSales><BankName>{g.pick(["United Security", "International Bank", "Guardian Bank", "Primary Bank & Reserve"])}</BankName>'
                f'<BusinessType>{g.pick(["BM", "BS", "OS"])}</BusinessType><YearOpened>{g.r.randint(1970, 2000)}</YearOpened>'
                f'<Specialty>{g.pick(["Mountain", "Road", "Touring"])}</Specialty><SquareFeet>{g.r.randint(6000, 80000)}</SquareFeet>'
                f'<NumberEmployees>{g.r.randint(2, 100)}</NumberEmployees></StoreSurvey>')
        return [i, name, g.r.randint(1, n_emp), demo, g.uuid().upper(), g.ts(2006, 2014)]

    def employee(g, i):
        f, l = people[i]
        login = f"adventure-works\\{ascii_fold(f).lower()}{g.r.randint(0, 9)}"
        return [i, g.ssn9(), login, g.pick(["/", "/1/", "/1/1/", "/2/1/", "/3/1/2/", "/4/3/1/"]) + str(i) + "/",
                g.r.randint(1, 4), g.pick(jobs), g.date(1951, 1991), g.pick("MS"), g.pick("MF"), g.date(2006, 2013),
                g.pick([0, 0, 1]), g.r.randint(0, 99), g.r.randint(20, 69), 1, g.uuid().upper(), g.ts(2008, 2014)]

    def edh(g, i):
        return [(i - 1) % n_emp + 1, g.r.randint(1, 16), g.r.randint(1, 3), g.date(2006, 2013), g.some(0.1, g.date(2010, 2014)), g.ts(2008, 2014)]

    def pay(g, i):
        return [(i - 1) % n_emp + 1, g.ts(2006, 2013), g.money(9, 125), g.r.randint(1, 2), g.ts(2008, 2014)]

    def password(g, i):
        return [i, hashlib.sha256(str(g.r.getrandbits(64)).encode()).hexdigest()[:44],
                "".join(g.pick(string.ascii_letters + string.digits + "+/") for _ in range(7)) + "=", g.uuid().upper(), g.ts(2006, 2014)]

    VENDOR_WORDS = ["Advanced", "Allenson", "American", "Australia", "Bergeron", "Capital", "Chicago", "Competition", "Comfort",
                    "Continental", "Electronic", "Fitness", "Green Lake", "Inner City", "Jeff's", "Litware", "Mountain",
                    "Northwind", "Premier", "Proseware"]

    def vendor(g, i):
        name = f"{g.pick(VENDOR_WORDS)} {g.pick(['Bicycles', 'Bike Works', 'Sport', 'Cycle Works', 'Components', 'Parts', 'Rim', 'Wheels', 'Bike Company', 'Distributors', 'Inc.'])}"
        acct = ascii_fold(name.split()[0]).upper()[:8] + f"{i:04d}"
        return [i, acct, name, g.r.randint(1, 5), g.pick([0, 1]), 1,
                g.some(0.1, f"www.{ascii_fold(name.split()[0]).lower()}.com/"), g.ts(2006, 2014)]

    def product(g, i):
        line = g.pick(["Road-150", "Mountain-200", "Touring-1000", "HL Road Frame", "LL Mountain Seat", "Sport-100 Helmet",
                       "Long-Sleeve Logo Jersey", "Half-Finger Gloves", "Water Bottle - 30 oz.", "Patch Kit/8 Patches"])
        color = g.some(0.7, g.pick(["Black", "Red", "Silver", "Blue", "Yellow", "Multi"]))
        size = g.some(0.6, g.pick(["S", "M", "L", "XL", "38", "42", "44", "48", "52", "58", "62"]))
        nm = g.unique("awprod", f"{line}{', ' + color if color else ''}{', ' + size if size else ''}", lambda v, n: f"{v} ({n})")
        return [i, nm, f"{line[:2].upper()}-{g.digits(4)}{g.pick('BRSY')}-{size or 'U'}", 1, color, g.r.randint(4, 1000),
                g.money(0, 3500), g.money(2, 3600), size, g.some(0.5, g.money(100, 14000)), g.date(2008, 2013), g.uuid().upper()]

    def soh(g, i):
        cc = g.some(0.9, g.r.randint(1, n_cc))
        return [43658 + i, g.r.randint(1, 10), g.ts(2011, 2014), g.ts(2011, 2014), g.ts(2011, 2014), 5, g.pick([0, 1]),
                f"SO{43658 + i}", g.some(0.2, f"PO{g.digits(11)}"), f"10-4020-{g.r.randint(1, 999):06d}",
                g.r.randint(1, 400), g.some(0.3, g.r.randint(1, n_emp)), g.r.randint(1, 10), g.r.randint(1, n_addr),
                g.r.randint(1, n_addr), g.r.randint(1, 5), cc, f"{g.r.randint(1, 999999)}Vi{g.r.randint(1000, 99999)}" if cc else None,
                g.money(2, 20000), g.money(0, 2000), g.money(0, 600), g.money(2, 23000),
                g.some(0.12, g.pick(["Leave at the back door, ring twice.", "Customer asked for a call before delivery.",
                                     "Gift - no prices on the packing slip please.", f"Deliver to {people[g.r.randint(1, n_person)][0]} at reception.",
                                     f"Call {g.us_phone()} if nobody answers.", "Rush order approved by the territory manager."])),
                g.uuid().upper(), g.ts(2011, 2014)]

    ts = "TEXT NOT NULL"
    tables = [
        Table("Person", n_person, [("BusinessEntityID", "INTEGER PRIMARY KEY", "-"), ("PersonType", "TEXT NOT NULL", "-"),
                                   ("NameStyle", "INTEGER NOT NULL DEFAULT 0", "-"), ("Title", "TEXT", "courtesy_title"),
                                   ("FirstName", "TEXT NOT NULL", "first_name"), ("MiddleName", "TEXT", "first_name"),
                                   ("LastName", "TEXT NOT NULL", "last_name"), ("Suffix", "TEXT", "courtesy_title"),
                                   ("EmailPromotion", "INTEGER NOT NULL", "-"), ("AdditionalContactInfo", "TEXT", "other"),
                                   ("Demographics", "TEXT", "other"), ("rowguid", "TEXT NOT NULL", "-"), ("ModifiedDate", ts, "-")], person),
        Table("EmailAddress", n_person, [("BusinessEntityID", "INTEGER NOT NULL REFERENCES Person(BusinessEntityID)", "fk"),
                                         ("EmailAddressID", "INTEGER NOT NULL", "-"), ("EmailAddress", "TEXT", "email"),
                                         ("rowguid", ts, "-"), ("ModifiedDate", ts, "-")], email_address),
        Table("PhoneNumberType", 0, [("PhoneNumberTypeID", "INTEGER PRIMARY KEY", "-"), ("Name", "TEXT NOT NULL", "-"),
                                     ("ModifiedDate", ts, "-")], None),
        Table("PersonPhone", 640, [("BusinessEntityID", "INTEGER NOT NULL REFERENCES Person(BusinessEntityID)", "fk"),
                                   ("PhoneNumber", "TEXT NOT NULL", "phone"),
                                   ("PhoneNumberTypeID", "INTEGER NOT NULL REFERENCES PhoneNumberType(PhoneNumberTypeID)", "fk"),
                                   ("ModifiedDate", ts, "-")], person_phone),
        Table("StateProvince", n_prov, [("StateProvinceID", "INTEGER PRIMARY KEY", "-"), ("StateProvinceCode", "TEXT NOT NULL", "-"),
                                        ("CountryRegionCode", "TEXT NOT NULL", "-"), ("IsOnlyStateProvinceFlag", "INTEGER NOT NULL", "-"),
                                        ("Name", "TEXT NOT NULL", "-"), ("TerritoryID", "INTEGER NOT NULL", "-"),
                                        ("rowguid", ts, "-"), ("ModifiedDate", ts, "-")], state_province),
        Table("Address", n_addr, [("AddressID", "INTEGER PRIMARY KEY", "-"), ("AddressLine1", "TEXT NOT NULL", "street_address"),
                                  ("AddressLine2", "TEXT", "street_address"), ("City", "TEXT NOT NULL", "city"),
                                  ("StateProvinceID", "INTEGER NOT NULL REFERENCES StateProvince(StateProvinceID)", "fk"),
                                  ("PostalCode", "TEXT NOT NULL", "postcode"), ("SpatialLocation", "TEXT", "other"),
                                  ("rowguid", ts, "-"), ("ModifiedDate", ts, "-")], address),
        Table("BusinessEntityAddress", 700, [("BusinessEntityID", "INTEGER NOT NULL REFERENCES Person(BusinessEntityID)", "fk"),
                                             ("AddressID", "INTEGER NOT NULL REFERENCES Address(AddressID)", "fk"),
                                             ("AddressTypeID", "INTEGER NOT NULL", "-"), ("rowguid", ts, "-"), ("ModifiedDate", ts, "-")], bea),
        Table("CreditCard", n_cc, [("CreditCardID", "INTEGER PRIMARY KEY", "-"), ("CardType", "TEXT NOT NULL", "-"),
                                   ("CardNumber", "TEXT NOT NULL", "account_number"), ("ExpMonth", "INTEGER NOT NULL", "-"),
                                   ("ExpYear", "INTEGER NOT NULL", "-"), ("ModifiedDate", ts, "-")], credit_card),
        Table("PersonCreditCard", 420, [("BusinessEntityID", "INTEGER NOT NULL REFERENCES Person(BusinessEntityID)", "fk"),
                                        ("CreditCardID", "INTEGER NOT NULL REFERENCES CreditCard(CreditCardID)", "fk"),
                                        ("ModifiedDate", ts, "-")], person_cc),
        Table("Store", n_store, [("BusinessEntityID", "INTEGER PRIMARY KEY", "-"), ("Name", "TEXT NOT NULL", "-"),
                                 ("SalesPersonID", "INTEGER REFERENCES Employee(BusinessEntityID)", "fk"), ("Demographics", "TEXT", "-"),
                                 ("rowguid", ts, "-"), ("ModifiedDate", ts, "-")], store),
        Table("Customer", 400, [("CustomerID", "INTEGER PRIMARY KEY", "-"), ("PersonID", "INTEGER REFERENCES Person(BusinessEntityID)", "fk"),
                                ("StoreID", "INTEGER REFERENCES Store(BusinessEntityID)", "fk"), ("TerritoryID", "INTEGER", "-"),
                                ("AccountNumber", "TEXT NOT NULL", "-"), ("rowguid", ts, "-"), ("ModifiedDate", ts, "-")], customer),
        Table("Employee", n_emp, [("BusinessEntityID", "INTEGER PRIMARY KEY REFERENCES Person(BusinessEntityID)", "fk"),
                                  ("NationalIDNumber", "TEXT NOT NULL", "national_id"), ("LoginID", "TEXT NOT NULL", "username"),
                                  ("OrganizationNode", "TEXT", "-"), ("OrganizationLevel", "INTEGER", "-"),
                                  ("JobTitle", "TEXT NOT NULL", "job_title"), ("BirthDate", "TEXT NOT NULL", "date_of_birth"),
                                  ("MaritalStatus", "TEXT NOT NULL", "-"), ("Gender", "TEXT NOT NULL", "-"), ("HireDate", "TEXT NOT NULL", "-"),
                                  ("SalariedFlag", "INTEGER NOT NULL", "-"), ("VacationHours", "INTEGER NOT NULL", "-"),
                                  ("SickLeaveHours", "INTEGER NOT NULL", "-"), ("CurrentFlag", "INTEGER NOT NULL", "-"),
                                  ("rowguid", ts, "-"), ("ModifiedDate", ts, "-")], employee),
        Table("Department", 0, [("DepartmentID", "INTEGER PRIMARY KEY", "-"), ("Name", "TEXT NOT NULL", "-"),
                                ("GroupName", "TEXT NOT NULL", "-"), ("ModifiedDate", ts, "-")], None),
        Table("EmployeeDepartmentHistory", 300, [("BusinessEntityID", "INTEGER NOT NULL REFERENCES Employee(BusinessEntityID)", "fk"),
                                                 ("DepartmentID", "INTEGER NOT NULL REFERENCES Department(DepartmentID)", "fk"),
                                                 ("ShiftID", "INTEGER NOT NULL", "-"), ("StartDate", "TEXT NOT NULL", "-"),
                                                 ("EndDate", "TEXT", "-"), ("ModifiedDate", ts, "-")], edh),
        Table("EmployeePayHistory", 320, [("BusinessEntityID", "INTEGER NOT NULL REFERENCES Employee(BusinessEntityID)", "fk"),
                                          ("RateChangeDate", ts, "-"), ("Rate", "NUMERIC NOT NULL", "-"), ("PayFrequency", "INTEGER NOT NULL", "-"),
                                          ("ModifiedDate", ts, "-")], pay),
        Table("Password", n_person, [("BusinessEntityID", "INTEGER PRIMARY KEY REFERENCES Person(BusinessEntityID)", "fk"),
                                     ("PasswordHash", "TEXT NOT NULL", "other"), ("PasswordSalt", "TEXT NOT NULL", "-"),
                                     ("rowguid", ts, "-"), ("ModifiedDate", ts, "-")], password),
        Table("Vendor", n_vendor, [("BusinessEntityID", "INTEGER PRIMARY KEY", "-"), ("AccountNumber", "TEXT NOT NULL", "-"),
                                   ("Name", "TEXT NOT NULL", "-"), ("CreditRating", "INTEGER NOT NULL", "-"),
                                   ("PreferredVendorStatus", "INTEGER NOT NULL", "-"), ("ActiveFlag", "INTEGER NOT NULL", "-"),
                                   ("PurchasingWebServiceURL", "TEXT", "-"), ("ModifiedDate", ts, "-")], vendor),
        Table("Product", n_prod, [("ProductID", "INTEGER PRIMARY KEY", "-"), ("Name", "TEXT NOT NULL", "-"),
                                  ("ProductNumber", "TEXT NOT NULL", "-"), ("MakeFlag", "INTEGER NOT NULL", "-"), ("Color", "TEXT", "-"),
                                  ("SafetyStockLevel", "INTEGER NOT NULL", "-"), ("StandardCost", "NUMERIC NOT NULL", "-"),
                                  ("ListPrice", "NUMERIC NOT NULL", "-"), ("Size", "TEXT", "-"), ("Weight", "NUMERIC", "-"),
                                  ("SellStartDate", ts, "-"), ("rowguid", ts, "-")], product),
        Table("SalesOrderHeader", 800, [("SalesOrderID", "INTEGER PRIMARY KEY", "-"), ("RevisionNumber", "INTEGER NOT NULL", "-"),
                                        ("OrderDate", ts, "-"), ("DueDate", ts, "-"), ("ShipDate", "TEXT", "-"), ("Status", "INTEGER NOT NULL", "-"),
                                        ("OnlineOrderFlag", "INTEGER NOT NULL", "-"), ("SalesOrderNumber", "TEXT NOT NULL", "-"),
                                        ("PurchaseOrderNumber", "TEXT", "-"), ("AccountNumber", "TEXT", "-"),
                                        ("CustomerID", "INTEGER NOT NULL REFERENCES Customer(CustomerID)", "fk"),
                                        ("SalesPersonID", "INTEGER REFERENCES Employee(BusinessEntityID)", "fk"),
                                        ("TerritoryID", "INTEGER", "-"),
                                        ("BillToAddressID", "INTEGER NOT NULL REFERENCES Address(AddressID)", "fk"),
                                        ("ShipToAddressID", "INTEGER NOT NULL REFERENCES Address(AddressID)", "fk"),
                                        ("ShipMethodID", "INTEGER NOT NULL", "-"),
                                        ("CreditCardID", "INTEGER REFERENCES CreditCard(CreditCardID)", "fk"),
                                        ("CreditCardApprovalCode", "TEXT", "-"), ("SubTotal", "NUMERIC NOT NULL", "-"),
                                        ("TaxAmt", "NUMERIC NOT NULL", "-"), ("Freight", "NUMERIC NOT NULL", "-"), ("TotalDue", "NUMERIC NOT NULL", "-"),
                                        ("Comment", "TEXT", "free_text"), ("rowguid", ts, "-"), ("ModifiedDate", ts, "-")], soh),
    ]
    return "adventureworks", tables, g


# ========================================================================================================
# 2. employees: the MySQL `employees` sample database (same tables and columns, our own rows).
# ========================================================================================================
def employees():
    g = Gen(20252)
    n_emp = 1000
    titles = ["Engineer", "Senior Engineer", "Staff", "Senior Staff", "Assistant Engineer", "Technique Leader", "Manager"]

    def employee(g, i):
        p = g.world_person()
        return [10000 + i, g.date(1952, 1965), p["first"], p["last"], g.pick(["M", "F"]), g.date(1985, 2000)]

    def dept_emp(g, i):
        return [10000 + (i - 1) % n_emp + 1, f"d{g.r.randint(1, 9):03d}", g.date(1985, 2001), g.pick(["9999-01-01", g.date(1990, 2002)])]

    def dept_manager(g, i):
        return [10000 + g.r.randint(1, n_emp), f"d{(i - 1) % 9 + 1:03d}", g.date(1985, 2001), g.pick(["9999-01-01", g.date(1990, 2002)])]

    def title(g, i):
        return [10000 + (i - 1) % n_emp + 1, g.pick(titles), g.date(1985, 2001), g.some(0.6, g.date(1990, 2002)) or "9999-01-01"]

    def salary(g, i):
        return [10000 + (i - 1) % n_emp + 1, g.r.randint(38000, 158000), g.date(1985, 2001), g.pick(["9999-01-01", g.date(1986, 2002)])]

    tables = [
        Table("employees", n_emp, [("emp_no", "INT NOT NULL PRIMARY KEY", "-"), ("birth_date", "DATE NOT NULL", "date_of_birth"),
                                   ("first_name", "VARCHAR(14) NOT NULL", "first_name"), ("last_name", "VARCHAR(16) NOT NULL", "last_name"),
                                   ("gender", "TEXT NOT NULL CHECK (gender IN ('M','F'))", "-"), ("hire_date", "DATE NOT NULL", "-")], employee),
        Table("departments", 0, [("dept_no", "CHAR(4) NOT NULL PRIMARY KEY", "-"), ("dept_name", "VARCHAR(40) NOT NULL UNIQUE", "-")], None),
        Table("dept_emp", 1100, [("emp_no", "INT NOT NULL REFERENCES employees(emp_no)", "fk"),
                                 ("dept_no", "CHAR(4) NOT NULL REFERENCES departments(dept_no)", "fk"),
                                 ("from_date", "DATE NOT NULL", "-"), ("to_date", "DATE NOT NULL", "-")], dept_emp),
        Table("dept_manager", 200, [("emp_no", "INT NOT NULL REFERENCES employees(emp_no)", "fk"),
                                    ("dept_no", "CHAR(4) NOT NULL REFERENCES departments(dept_no)", "fk"),
                                    ("from_date", "DATE NOT NULL", "-"), ("to_date", "DATE NOT NULL", "-")], dept_manager),
        Table("titles", 1500, [("emp_no", "INT NOT NULL REFERENCES employees(emp_no)", "fk"), ("title", "VARCHAR(50) NOT NULL", "job_title"),
                               ("from_date", "DATE NOT NULL", "-"), ("to_date", "DATE", "-")], title),
        Table("salaries", 2500, [("emp_no", "INT NOT NULL REFERENCES employees(emp_no)", "fk"), ("salary", "INT NOT NULL", "-"),
                                 ("from_date", "DATE NOT NULL", "-"), ("to_date", "DATE NOT NULL", "-")], salary),
    ]
    return "employees", tables, g


# ========================================================================================================
# 3. stackexchange: the Stack Exchange data dump (Users, Posts, Comments, Votes, Badges, PostHistory, Tags).
# ========================================================================================================
def stackexchange():
    g = Gen(20253)
    n_users, n_posts = 500, 700
    names = {}
    topics = ["swift", "python", "sql", "postgresql", "sqlite", "regex", "json", "docker", "git", "linux", "bash",
              "javascript", "rust", "c++", "java", "kotlin", "pandas", "numpy", "css", "html"]

    def display_name(g, p):
        return g.pick([f"{p['first']} {p['last']}", f"{p['first']} {p['last']}", f"{p['first']} {p['last'][0]}.",
                       f"{p['first']}", g.handle(p["first"], p["last"]), f"user{g.r.randint(10000, 9999999)}",
                       f"{p['first'].lower()}{p['last'].lower()}", f"{p['first']} {p['last']}"])

    def about(g, p):
        return g.pick([
            None, None,
            f"<p>Software developer from {g.pick(SE_CITIES)}. I mostly write {g.pick(topics)} and {g.pick(topics)}.</p>",
            f"<p>Hi, I'm {p['first']}! Backend engineer at {g.pick(['a fintech startup', 'Initech', 'a small agency', 'the university'])}.</p>\n<p>Contact: <a href=\"mailto:{g.email(p['first'], p['last'])}\">{g.email(p['first'], p['last'])}</a></p>",
            f"<p>PhD student in computational biology. Blog: <a href=\"https://{ascii_fold(p['first']).lower()}{ascii_fold(p['last']).lower()}.dev\" rel=\"nofollow\">{ascii_fold(p['first']).lower()}{ascii_fold(p['last']).lower()}.dev</a></p>",
            "<p>Apparently, this user prefers to keep an air of mystery about them.</p>",
            f"<p>{g.pick(['Retired sysadmin.', 'Hobbyist.', 'Teacher and tinkerer.', 'Data engineer.'])} Find me on GitHub as <strong>{g.handle(p['first'], p['last'])}</strong>.</p>",
            f"<p>I answer {g.pick(topics)} questions when the kids are asleep. — {p['first']} {p['last']}</p>",
        ])

    def user(g, i):
        p = g.world_person()
        dn = display_name(g, p)
        names[i] = dn
        h = hashlib.md5(g.email(p["first"], p["last"]).encode()).hexdigest()
        return [i, g.r.choice([1, 1, 1, 11, 101, 1, 15, 1234, 5678, 23456, 1, 3]), g.ts(2009, 2024, "T", True), dn,
                g.ts(2023, 2025, "T", True),
                g.some(0.35, g.pick([f"https://{ascii_fold(p['first']).lower()}{ascii_fold(p['last']).lower()}.dev",
                                     f"http://www.{ascii_fold(p['last']).lower()}.net/~{ascii_fold(p['first']).lower()}",
                                     f"https://github.com/{g.handle(p['first'], p['last'])}",
                                     f"https://www.linkedin.com/in/{ascii_fold(p['first']).lower()}-{ascii_fold(p['last']).lower()}-{g.digits(5)}"])),
                g.some(0.6, g.pick(SE_CITIES)), about(g, p), g.r.randint(0, 50000), g.r.randint(0, 3000), g.r.randint(0, 300),
                g.some(0.7, g.pick([f"https://i.stack.imgur.com/{''.join(g.pick(string.ascii_letters + string.digits) for _ in range(5))}.jpg?s=256",
                                    f"https://www.gravatar.com/avatar/{h}?s=256&d=identicon&r=PG",
                                    f"https://lh3.googleusercontent.com/a-/{''.join(g.pick(string.ascii_letters + string.digits) for _ in range(20))}=k-s256"])),
                h if g.chance(0.5) else None, g.some(0.9, g.r.randint(1, 30000000))]

    def post_body(g):
        code = g.pick(["SELECT * FROM t WHERE id = ?;", "let x = try JSONDecoder().decode(T.self, from: data)",
                       "df.groupby('a').agg({'b': 'sum'})", "git rebase -i HEAD~3", "for i in range(10):\n    print(i)"])
        who = g.world_person()
        return g.pick([
            f"<p>I'm trying to {g.pick(['parse', 'sort', 'join', 'escape', 'stream'])} {g.pick(['a large file', 'dates', 'nested JSON', 'two tables', 'user input'])} but I get an error:</p>\n<pre><code>{code}\n</code></pre>\n<p>What am I doing wrong?</p>",
            f"<p>You can use <code>{g.pick(topics)}</code> for this. See the documentation.</p>\n<pre><code>{code}\n</code></pre>",
            f"<p>As {who['first']} {who['last']} pointed out in the comments, the index is the problem.</p>",
            f"<p>This worked for me on {g.pick(['Ubuntu 22.04', 'macOS 14', 'Windows 11'])}. If it doesn't, email me at {g.email(who['first'], who['last'])} and I'll take a look.</p>",
            "<p>Closing as a duplicate; the linked answer covers it.</p>",
        ])

    def post(g, i):
        question = i <= 300
        owner = g.r.randint(1, n_users)
        deleted = g.chance(0.08)
        od = names[owner] if deleted else None
        if deleted and g.chance(0.5):
            od = g.pick([f"{g.world_person()['first']} {g.world_person()['last']}", f"user{g.r.randint(10000, 9999999)}"])
        title = (f"How do I {g.pick(['convert', 'parse', 'sort', 'merge', 'escape', 'debug'])} {g.pick(['a string', 'a date', 'JSON', 'rows', 'a list', 'a dictionary'])} in {g.pick(topics)}?"
                 if question else None)
        tags = "".join(f"<{t}>" for t in sorted(g.r.sample(topics, g.r.randint(1, 4)))) if question else None
        return [i, 1 if question else 2, g.some(0.4, g.r.randint(301, n_posts)) if question else None,
                None if question else g.r.randint(1, 300), g.ts(2010, 2024, "T", True), g.r.randint(-3, 500),
                g.r.randint(10, 90000) if question else None, post_body(g), None if deleted else owner, od,
                g.some(0.3, g.r.randint(1, n_users)), g.some(0.1, names[g.r.randint(1, n_users)]), g.some(0.3, g.ts(2010, 2024, "T", True)),
                g.ts(2010, 2025, "T", True), title, tags, g.r.randint(0, 12) if question else None, g.r.randint(0, 20),
                g.some(0.05, g.ts(2010, 2024, "T", True)), g.pick(["CC BY-SA 2.5", "CC BY-SA 3.0", "CC BY-SA 4.0"])]

    def comment(g, i):
        uid = g.r.randint(1, n_users)
        who = g.world_person()
        text = g.pick([
            "Could you post the full stack trace?", "This is a duplicate of the question linked above.",
            f"@{g.handle(who['first'], who['last'])} that only works on Python 3.8+.", "Thanks, that fixed it!",
            f"Works for me. If you're still stuck, ping me at {g.email(who['first'], who['last'])}.",
            "What version of the library are you using?", f"+1, {who['first']}'s answer is the correct one.",
            "Please don't post code as images.", "Have you tried running it with verbose logging?",
        ])
        return [i, g.r.randint(1, n_posts), g.r.randint(0, 40), text, g.ts(2010, 2025, "T", True),
                g.some(0.06, names[uid]), uid, g.pick(["CC BY-SA 3.0", "CC BY-SA 4.0"])]

    def vote(g, i):
        vt = g.pick([2, 2, 2, 3, 1, 5, 8])
        return [i, g.r.randint(1, n_posts), vt, g.r.randint(1, n_users) if vt in (5, 8) else None, g.date(2010, 2025) + "T00:00:00.000",
                g.pick([50, 100, 200, 500]) if vt == 8 else None]

    def badge(g, i):
        return [i, g.r.randint(1, n_users), g.pick(["Teacher", "Student", "Editor", "Supporter", "Autobiographer", "Nice Answer",
                                                    "Popular Question", "Yearling", "Enlightened", "Necromancer", "swift", "python"]),
                g.ts(2010, 2025, "T", True), g.pick([1, 2, 3, 3, 3]), g.pick(["False", "False", "True"])]

    def history(g, i):
        uid = g.r.randint(1, n_users)
        htype = g.pick([1, 2, 3, 4, 5, 6, 10, 24])
        text = {1: f"How do I parse {g.pick(topics)} output?", 3: "".join(f"<{t}>" for t in g.r.sample(topics, 2))}.get(htype, post_body(g))
        return [i, htype, g.r.randint(1, n_posts), g.uuid(), g.ts(2010, 2025, "T", True), g.some(0.95, uid),
                g.some(0.05, names[uid]), g.some(0.4, g.pick(["edited body", "added 12 characters in body", "fixed grammar",
                                                              f"rolled back per {names[g.r.randint(1, n_users)]}'s request",
                                                              "Copy edited.", "deleted 41 characters in body"])), text,
                g.pick(["CC BY-SA 3.0", "CC BY-SA 4.0"])]

    def tag(g, i):
        return [i, f"{g.pick(topics)}-{i}" if i > len(topics) else topics[i - 1], g.r.randint(1, 200000),
                g.some(0.5, g.r.randint(1, n_posts)), g.some(0.5, g.r.randint(1, n_posts))]

    dt = "TEXT"
    tables = [
        Table("Users", n_users, [("Id", "INTEGER PRIMARY KEY", "-"), ("Reputation", "INTEGER NOT NULL", "-"), ("CreationDate", dt, "-"),
                                 ("DisplayName", "TEXT", "name"), ("LastAccessDate", dt, "-"), ("WebsiteUrl", "TEXT", "url"),
                                 ("Location", "TEXT", "city"), ("AboutMe", "TEXT", "free_text"), ("Views", "INTEGER", "-"),
                                 ("UpVotes", "INTEGER", "-"), ("DownVotes", "INTEGER", "-"), ("ProfileImageUrl", "TEXT", "url"),
                                 ("EmailHash", "TEXT", "other"), ("AccountId", "INTEGER", "-")], user),
        Table("Posts", n_posts, [("Id", "INTEGER PRIMARY KEY", "-"), ("PostTypeId", "INTEGER NOT NULL", "-"),
                                 ("AcceptedAnswerId", "INTEGER REFERENCES Posts(Id)", "fk"), ("ParentId", "INTEGER REFERENCES Posts(Id)", "fk"),
                                 ("CreationDate", dt, "-"), ("Score", "INTEGER", "-"), ("ViewCount", "INTEGER", "-"), ("Body", "TEXT", "free_text"),
                                 ("OwnerUserId", "INTEGER REFERENCES Users(Id)", "fk"), ("OwnerDisplayName", "TEXT", "name"),
                                 ("LastEditorUserId", "INTEGER REFERENCES Users(Id)", "fk"), ("LastEditorDisplayName", "TEXT", "name"),
                                 ("LastEditDate", dt, "-"), ("LastActivityDate", dt, "-"), ("Title", "TEXT", "-"), ("Tags", "TEXT", "-"),
                                 ("AnswerCount", "INTEGER", "-"), ("CommentCount", "INTEGER", "-"), ("ClosedDate", dt, "-"),
                                 ("ContentLicense", "TEXT", "-")], post),
        Table("Comments", 900, [("Id", "INTEGER PRIMARY KEY", "-"), ("PostId", "INTEGER NOT NULL REFERENCES Posts(Id)", "fk"),
                                ("Score", "INTEGER", "-"), ("Text", "TEXT NOT NULL", "free_text"), ("CreationDate", dt, "-"),
                                ("UserDisplayName", "TEXT", "name"), ("UserId", "INTEGER REFERENCES Users(Id)", "fk"),
                                ("ContentLicense", "TEXT", "-")], comment),
        Table("Votes", 1500, [("Id", "INTEGER PRIMARY KEY", "-"), ("PostId", "INTEGER NOT NULL REFERENCES Posts(Id)", "fk"),
                              ("VoteTypeId", "INTEGER NOT NULL", "-"), ("UserId", "INTEGER REFERENCES Users(Id)", "fk"),
                              ("CreationDate", dt, "-"), ("BountyAmount", "INTEGER", "-")], vote),
        Table("Badges", 800, [("Id", "INTEGER PRIMARY KEY", "-"), ("UserId", "INTEGER NOT NULL REFERENCES Users(Id)", "fk"),
                              ("Name", "TEXT NOT NULL", "-"), ("Date", dt, "-"), ("Class", "INTEGER", "-"), ("TagBased", "TEXT", "-")], badge),
        Table("PostHistory", 900, [("Id", "INTEGER PRIMARY KEY", "-"), ("PostHistoryTypeId", "INTEGER NOT NULL", "-"),
                                   ("PostId", "INTEGER NOT NULL REFERENCES Posts(Id)", "fk"), ("RevisionGUID", "TEXT", "-"),
                                   ("CreationDate", dt, "-"), ("UserId", "INTEGER REFERENCES Users(Id)", "fk"),
                                   ("UserDisplayName", "TEXT", "name"), ("Comment", "TEXT", "free_text"), ("Text", "TEXT", "free_text"),
                                   ("ContentLicense", "TEXT", "-")], history),
        Table("Tags", 250, [("Id", "INTEGER PRIMARY KEY", "-"), ("TagName", "TEXT NOT NULL", "-"), ("Count", "INTEGER", "-"),
                            ("ExcerptPostId", "INTEGER REFERENCES Posts(Id)", "fk"), ("WikiPostId", "INTEGER REFERENCES Posts(Id)", "fk")], tag),
        Table("SuggestedEdits", 0, [("Id", "INTEGER PRIMARY KEY", "-"), ("PostId", "INTEGER REFERENCES Posts(Id)", "fk"),
                                    ("CreationDate", dt, "-"), ("ApprovalDate", dt, "-"), ("RejectionDate", dt, "-"),
                                    ("OwnerUserId", "INTEGER REFERENCES Users(Id)", "fk"), ("Comment", "TEXT", "free_text"),
                                    ("Text", "TEXT", "free_text"), ("Title", "TEXT", "-"), ("Tags", "TEXT", "-")], None),
    ]
    return "stackexchange", tables, g


# ========================================================================================================
# 4. loja_br: a Brazilian e-commerce (Olist-like orders and reviews; Portuguese names throughout).
# ========================================================================================================
def loja_br():
    g = Gen(20254)
    n_cli, n_ped, n_prod, n_vend = 500, 800, 250, 200
    clients = {}
    order_ids = []

    def br_person(g):
        first = g.pick(BR_FIRST)
        last = " ".join(g.r.sample(BR_LAST, g.pick([1, 2, 2, 3])))
        if g.chance(0.15):
            last = g.pick(["da", "de", "dos"]) + " " + last
        return first, last

    def br_phone(g, ddd, mobile=True):
        if mobile:
            return g.pick([f"({ddd}) 9{g.digits(4)}-{g.digits(4)}", f"+55 {ddd} 9{g.digits(4)}-{g.digits(4)}",
                           f"{ddd}9{g.digits(8)}", f"({ddd}) 9 {g.digits(4)}-{g.digits(4)}"])
        return g.pick([f"({ddd}) {g.r.randint(2, 5)}{g.digits(3)}-{g.digits(4)}", f"{ddd} {g.r.randint(2, 5)}{g.digits(3)}-{g.digits(4)}"])

    def cep(g, prefix):
        return f"{prefix}{g.digits(4)}-{g.digits(3)}" if g.chance(0.8) else f"{prefix}{g.digits(7)}"

    def cliente(g, i):
        first, last = br_person(g)
        city = g.pick(BR_CITIES)
        clients[i] = (first, last, city)
        local = g.local_part(first, last)
        email = g.unique("brmail", f"{local}@{g.pick(BR_DOMAINS)}", lambda v, n: v.replace("@", f"{n}@"))
        return [i, f"{first} {last}", g.cpf(), g.some(0.6, g.rg_sp()), g.date(1945, 2006), g.pick(["M", "F"]), email,
                br_phone(g, city[3]), g.some(0.3, br_phone(g, city[3], False)), cep(g, city[2]),
                f"{g.pick(BR_STREET_TYPES)} {g.pick(BR_STREET_NAMES)}", str(g.r.randint(1, 3999)) if g.chance(0.95) else "s/n",
                g.some(0.4, g.pick([f"apto {g.r.randint(11, 1804)}", f"bloco {g.pick('ABCD')} apto {g.r.randint(11, 304)}",
                                    "casa 2", "fundos", f"sala {g.r.randint(101, 1200)}", "próximo ao mercado"])),
                g.pick(BR_BAIRROS), city[0], city[1], g.ts(2017, 2024), g.pick([0, 1])]

    def pedido(g, i):
        order_ids.append(f"{g.r.getrandbits(128):032x}")
        cid = g.r.randint(1, n_cli)
        first, last, city = clients[cid]
        other = g.chance(0.2)
        dest = f"{g.pick(BR_FIRST)} {g.pick(BR_LAST)}" if other else f"{first} {last}"
        addr = f"{g.pick(BR_STREET_TYPES)} {g.pick(BR_STREET_NAMES)}, {g.r.randint(1, 3999)} - {g.pick(BR_BAIRROS)}, {city[0]}/{city[1]}"
        return [order_ids[-1], cid, g.pick(["entregue", "entregue", "enviado", "cancelado", "aprovado", "faturado"]),
                g.ts(2017, 2024), g.some(0.95, g.ts(2017, 2024)), g.some(0.8, g.ts(2017, 2024)), g.money(20, 3000), g.money(0, 90),
                g.pick(["cartao_credito", "boleto", "pix", "voucher", "cartao_debito"]), g.r.randint(1, 12), dest, addr, cep(g, city[2]),
                g.some(0.2, g.pick(["Deixar com o porteiro.", "Entregar após as 18h, por favor.", f"Ligar antes: {br_phone(g, city[3])}",
                                    "Presente, não enviar nota fiscal na caixa.", f"Se não tiver ninguém, deixar com a vizinha {g.pick(BR_FIRST)}.",
                                    "Portão azul, tocar o interfone 12."]))]

    def item(g, i):
        return [g.pick(order_ids), i % 3 + 1, g.r.randint(1, n_prod), g.r.randint(1, n_vend), g.money(5, 2500), g.money(0, 60),
                g.ts(2017, 2024)]

    def produto(g, i):
        cat = g.pick(["cama_mesa_banho", "beleza_saude", "esporte_lazer", "informatica_acessorios", "moveis_decoracao",
                      "utilidades_domesticas", "relogios_presentes", "telefonia", "brinquedos", "automotivo"])
        nome = f"{g.pick(['Jogo de Lençol', 'Relógio', 'Fone de Ouvido', 'Luminária', 'Tapete', 'Garrafa Térmica', 'Carrinho', 'Capa de Celular', 'Mochila', 'Panela'])} {g.pick(['Premium', 'Básico', 'Infantil', 'Casal', 'Inox', 'Bluetooth', 'Slim'])} {g.pick(['Azul', 'Preto', 'Branco', 'Rosa', 'Verde'])}"
        return [i, f"{g.r.getrandbits(96):024x}", nome, cat,
                g.pick(["Produto de ótima qualidade, acabamento impecável.", "Material resistente, ideal para o dia a dia.",
                        "Garantia de 12 meses contra defeitos de fabricação.", "Acompanha manual em português."]),
                g.r.randint(1, 5), g.r.randint(100, 30000), g.money(9, 2500)]

    def vendedor(g, i):
        city = g.pick(BR_CITIES)
        fant = f"{g.pick(['Casa', 'Mundo', 'Cia', 'Loja', 'Empório', 'Ponto'])} {g.pick(['do Esporte', 'das Utilidades', 'Digital', 'Kids', 'da Beleza', 'Decor', 'Tech', 'Presentes'])}"
        razao = f"{fant} {g.pick(['Comércio', 'Distribuidora', 'Indústria e Comércio', 'Importação'])} {g.pick(['Ltda', 'Ltda.', 'EIRELI', 'S.A.', 'ME'])}"
        return [i, f"{g.r.getrandbits(128):032x}", razao, fant, g.cnpj(), cep(g, city[2]), city[0], city[1],
                f"0800 {g.digits(3)} {g.digits(4)}" if g.chance(0.5) else f"({city[3]}) 3{g.digits(3)}-{g.digits(4)}",
                f"sac@{ascii_fold(fant).lower()}.com.br"]

    def avaliacao(g, i):
        nota = g.pick([1, 2, 3, 4, 5, 5, 5, 4])
        first = g.pick(BR_FIRST)
        com = g.pick([None, None, "Produto chegou antes do prazo, recomendo!", "Muito bom, igual à foto.",
                      "Não recebi o produto até agora, péssimo atendimento.", "Veio com defeito, já pedi a troca.",
                      f"O entregador deixou com meu vizinho {first}, mas chegou tudo certo.",
                      f"Comprei para minha mãe, {g.pick(BR_FIRST)} {g.pick(BR_LAST)}, ela adorou.",
                      f"Entrem em contato comigo pelo {br_phone(g, g.pick(BR_CITIES)[3])}, ninguém responde o e-mail.",
                      "Ótimo custo-benefício. Loja séria.", "Embalagem rasgada mas o produto estava ok.",
                      f"Meu e-mail é {g.local_part(first, g.pick(BR_LAST))}@{g.pick(BR_DOMAINS)}, mandem a nota fiscal por favor."])
        tit = g.some(0.3, g.pick(["Recomendo", "Super recomendo", "Não recebi", "Bom", "Ruim", "Chegou rápido"]))
        return [f"{g.r.getrandbits(128):032x}", g.pick(order_ids), nota, tit, com, g.ts(2017, 2024), g.some(0.7, g.ts(2017, 2024))]

    tables = [
        Table("clientes", n_cli, [("id", "INTEGER PRIMARY KEY", "-"), ("nome_completo", "TEXT NOT NULL", "name"), ("cpf", "TEXT NOT NULL", "national_id"),
                                  ("rg", "TEXT", "national_id"), ("data_nascimento", "TEXT", "date_of_birth"), ("sexo", "TEXT", "-"),
                                  ("email", "TEXT UNIQUE", "email"), ("celular", "TEXT", "phone"), ("telefone_fixo", "TEXT", "phone"),
                                  ("cep", "TEXT", "postcode"), ("logradouro", "TEXT", "street_address"), ("numero", "TEXT", "street_address"),
                                  ("complemento", "TEXT", "street_address"), ("bairro", "TEXT", "street_address"), ("municipio", "TEXT", "city"),
                                  ("uf", "TEXT", "state"), ("data_cadastro", "TEXT", "-"), ("aceita_marketing", "INTEGER", "-")], cliente),
        Table("pedidos", n_ped, [("pedido_id", "TEXT PRIMARY KEY", "-"), ("cliente_id", "INTEGER REFERENCES clientes(id)", "fk"),
                                 ("status", "TEXT", "-"), ("data_compra", "TEXT", "-"), ("data_aprovacao", "TEXT", "-"),
                                 ("data_entrega", "TEXT", "-"), ("valor_total", "NUMERIC", "-"), ("valor_frete", "NUMERIC", "-"),
                                 ("forma_pagamento", "TEXT", "-"), ("parcelas", "INTEGER", "-"), ("nome_destinatario", "TEXT", "name"),
                                 ("endereco_entrega", "TEXT", "street_address"), ("cep_entrega", "TEXT", "postcode"),
                                 ("observacoes", "TEXT", "free_text")], pedido),
        Table("itens_pedido", 1200, [("pedido_id", "TEXT REFERENCES pedidos(pedido_id)", "fk"), ("item_id", "INTEGER", "-"),
                                     ("produto_id", "INTEGER REFERENCES produtos(id)", "fk"), ("vendedor_id", "INTEGER REFERENCES vendedores(id)", "fk"),
                                     ("preco", "NUMERIC", "-"), ("valor_frete", "NUMERIC", "-"), ("data_limite_envio", "TEXT", "-")], item),
        Table("produtos", n_prod, [("id", "INTEGER PRIMARY KEY", "-"), ("codigo", "TEXT", "-"), ("nome", "TEXT", "-"), ("categoria", "TEXT", "-"),
                                   ("descricao", "TEXT", "-"), ("qtd_fotos", "INTEGER", "-"), ("peso_g", "INTEGER", "-"), ("preco", "NUMERIC", "-")], produto),
        Table("vendedores", n_vend, [("id", "INTEGER PRIMARY KEY", "-"), ("codigo", "TEXT", "-"), ("razao_social", "TEXT", "-"),
                                     ("nome_fantasia", "TEXT", "-"), ("cnpj", "TEXT", "-"), ("cep", "TEXT", "-"), ("cidade", "TEXT", "-"),
                                     ("uf", "TEXT", "-"), ("telefone_sac", "TEXT", "-"), ("email_sac", "TEXT", "-")], vendedor),
        Table("avaliacoes", 600, [("id", "TEXT PRIMARY KEY", "-"), ("pedido_id", "TEXT REFERENCES pedidos(pedido_id)", "fk"),
                                  ("nota", "INTEGER", "-"), ("titulo_comentario", "TEXT", "-"), ("comentario", "TEXT", "free_text"),
                                  ("data_criacao", "TEXT", "-"), ("data_resposta", "TEXT", "-")], avaliacao),
        Table("contatos_sac", 0, [("id", "INTEGER PRIMARY KEY", "-"), ("nome", "TEXT", "name"), ("email", "TEXT", "email"),
                                  ("telefone", "TEXT", "phone"), ("assunto", "TEXT", "-"), ("mensagem", "TEXT", "free_text"),
                                  ("recebido_em", "TEXT", "-")], None),
    ]
    return "loja_br", tables, g


# ========================================================================================================
# 5. szkola_pl: a Polish school register (uczniowie, nauczyciele, klasy, oceny, nieobecności).
# ========================================================================================================
def szkola_pl():
    g = Gen(20255)
    n_ucz, n_naucz, n_klas = 600, 200, 200

    def pl_person(g, female=None):
        female = g.chance(0.5) if female is None else female
        first = g.pick(PL_FIRST_F if female else PL_FIRST_M)
        family = g.pick(PL_LAST)
        last = family[1] if female else family[0]
        if g.chance(0.05):
            m2, f2 = g.pick(PL_LAST)
            last += "-" + (f2 if female else m2)
        return first, last, female, family

    def pl_phone(g, town=None):
        return g.pick([f"{g.r.randint(500, 889)} {g.digits(3)} {g.digits(3)}", f"+48 {g.r.randint(500, 889)} {g.digits(3)} {g.digits(3)}",
                       f"{g.r.randint(500, 889)}-{g.digits(3)}-{g.digits(3)}", f"({town[3] if town else '22'}) {g.digits(3)} {g.digits(2)} {g.digits(2)}",
                       f"{g.r.randint(500, 889)}{g.digits(6)}"])

    def adres(g):
        s = f"ul. {g.pick(PL_STREETS)} {g.r.randint(1, 150)}{g.pick(['', '', '', 'A', 'B'])}"
        if g.chance(0.5):
            s += f"/{g.r.randint(1, 80)}"
        return s if g.chance(0.85) else s.replace("ul. ", "al. " if g.chance(0.5) else "os. ")

    def email(g, first, last):
        return g.email(first, last, PL_DOMAINS)

    def uczen(g, i):
        first, last, female, family = pl_person(g)
        second = g.some(0.6, g.pick(PL_FIRST_F if female else PL_FIRST_M))
        birth = g.date(2006, 2017)
        town = g.pick(PL_TOWNS)
        mother = f"{g.pick(PL_FIRST_F)} {family[1]}" if g.chance(0.85) else f"{g.pick(PL_FIRST_F)} {g.pick(PL_LAST)[1]}"
        father = f"{g.pick(PL_FIRST_M)} {family[0]}"
        parent_first, parent_last = mother.split(" ", 1) if g.chance(0.6) else father.split(" ", 1)
        uwagi = g.pick([None, None, None, "Alergia na orzechy.", "Zwolniony z WF do końca semestru.", "Opinia z poradni psychologiczno-pedagogicznej.",
                        f"Odbiór ze szkoły tylko przez babcię, {g.pick(PL_FIRST_F)} {last}.", f"W razie wypadku dzwonić do ojca: {pl_phone(g, town)}.",
                        "Dojeżdża autobusem szkolnym.", "Uczeń z orzeczeniem o potrzebie kształcenia specjalnego."])
        return [i, first, second, last, g.pesel(birth, female), birth, g.pick(PL_TOWNS)[0], "K" if female else "M",
                adres(g), f"{town[1]}-{g.digits(3)}", town[0], town[2], g.some(0.7, pl_phone(g, town)),
                g.some(0.9, email(g, parent_first, parent_last)), g.some(0.9, mother), g.some(0.75, father),
                pl_phone(g, town), g.r.randint(1, n_klas), g.date(2013, 2024), uwagi]

    def nauczyciel(g, i):
        first, last, female, _ = pl_person(g)
        birth = g.date(1958, 1998)
        return [i, g.pick(["mgr", "mgr", "mgr inż.", "dr", "lic.", "dr hab."]), first, last, g.pesel(birth, female),
                f"{ascii_fold(first).lower()}.{ascii_fold(last).lower()}@sp{g.r.randint(1, 99)}.edu.pl" if g.chance(0.7) else email(g, first, last),
                g.some(0.8, pl_phone(g)), g.pick(["nauczyciel stażysta", "nauczyciel kontraktowy", "nauczyciel mianowany", "nauczyciel dyplomowany",
                                                  "wicedyrektor", "pedagog szkolny", "bibliotekarz"]),
                g.pick(["matematyka", "język polski", "język angielski", "historia", "biologia", "chemia", "fizyka", "wychowanie fizyczne", "informatyka", "geografia"]),
                g.iban("PL", g.digits(24)), g.date(1990, 2024), g.pick(["pełny", "pełny", "1/2", "3/4"])]

    def klasa(g, i):
        return [i, f"{(i - 1) % 8 + 1}{'ABCDE'[(i - 1) // 8 % 5]}", f"{2000 + (i - 1) // 40 + 19}/{2000 + (i - 1) // 40 + 20}",
                g.r.randint(1, n_naucz), str(g.r.randint(1, 45)), g.pick(["ogólny", "sportowy", "dwujęzyczny", "matematyczny"])]

    def ocena(g, i):
        return [i, g.r.randint(1, n_ucz), g.r.randint(1, 12), g.r.randint(1, n_naucz),
                g.pick(["1", "2", "3", "3+", "4-", "4", "4+", "5-", "5", "6", "np", "bz"]), g.pick([1, 1, 2, 3]), g.date(2019, 2025),
                g.pick(["sprawdzian", "kartkówka", "odpowiedź ustna", "praca domowa", "aktywność", "projekt"]),
                g.some(0.25, g.pick(["Brak zadania domowego.", "Poprawa sprawdzianu.", "Bardzo dobra praca w grupie.",
                                     "Nieprzygotowany do lekcji.", "Ściągał na sprawdzianie - rozmowa z rodzicami.",
                                     "Wzorowa prezentacja o Koperniku."]))]

    def nieobecnosc(g, i):
        return [i, g.r.randint(1, n_ucz), g.date(2019, 2025), g.r.randint(1, 8), g.pick([0, 1, 1]),
                g.some(0.5, g.pick(["choroba", "wizyta u lekarza", "wyjazd rodzinny", "zawody sportowe", "sprawy rodzinne",
                                    f"usprawiedliwienie od matki, tel. {pl_phone(g)}", "Zwolnienie lekarskie do piątku (angina)."]))]

    tables = [
        Table("uczniowie", n_ucz, [("id", "INTEGER PRIMARY KEY", "-"), ("imie", "TEXT NOT NULL", "first_name"), ("drugie_imie", "TEXT", "first_name"),
                                   ("nazwisko", "TEXT NOT NULL", "last_name"), ("pesel", "TEXT UNIQUE", "national_id"),
                                   ("data_urodzenia", "TEXT", "date_of_birth"), ("miejsce_urodzenia", "TEXT", "city"), ("plec", "TEXT", "-"),
                                   ("adres", "TEXT", "street_address"), ("kod_pocztowy", "TEXT", "postcode"), ("miejscowosc", "TEXT", "city"),
                                   ("wojewodztwo", "TEXT", "region"), ("telefon", "TEXT", "phone"), ("email_rodzica", "TEXT", "email"),
                                   ("imie_nazwisko_matki", "TEXT", "name"), ("imie_nazwisko_ojca", "TEXT", "name"),
                                   ("telefon_rodzica", "TEXT", "phone"), ("klasa_id", "INTEGER REFERENCES klasy(id)", "fk"),
                                   ("data_przyjecia", "TEXT", "-"), ("uwagi", "TEXT", "free_text")], uczen),
        Table("nauczyciele", n_naucz, [("id", "INTEGER PRIMARY KEY", "-"), ("tytul", "TEXT", "courtesy_title"), ("imie", "TEXT", "first_name"),
                                       ("nazwisko", "TEXT", "last_name"), ("pesel", "TEXT", "national_id"), ("email", "TEXT", "email"),
                                       ("telefon", "TEXT", "phone"), ("stanowisko", "TEXT", "job_title"), ("przedmiot", "TEXT", "-"),
                                       ("nr_konta", "TEXT", "account_number"), ("data_zatrudnienia", "TEXT", "-"), ("wymiar_etatu", "TEXT", "-")], nauczyciel),
        Table("klasy", n_klas, [("id", "INTEGER PRIMARY KEY", "-"), ("nazwa", "TEXT", "-"), ("rok_szkolny", "TEXT", "-"),
                                ("wychowawca_id", "INTEGER REFERENCES nauczyciele(id)", "fk"), ("sala", "TEXT", "-"), ("profil", "TEXT", "-")], klasa),
        Table("przedmioty", 0, [("id", "INTEGER PRIMARY KEY", "-"), ("nazwa", "TEXT", "-"), ("skrot", "TEXT", "-")], None),
        Table("oceny", 2000, [("id", "INTEGER PRIMARY KEY", "-"), ("uczen_id", "INTEGER REFERENCES uczniowie(id)", "fk"),
                              ("przedmiot_id", "INTEGER REFERENCES przedmioty(id)", "fk"), ("nauczyciel_id", "INTEGER REFERENCES nauczyciele(id)", "fk"),
                              ("ocena", "TEXT", "-"), ("waga", "INTEGER", "-"), ("data", "TEXT", "-"), ("kategoria", "TEXT", "-"),
                              ("komentarz", "TEXT", "free_text")], ocena),
        Table("nieobecnosci", 800, [("id", "INTEGER PRIMARY KEY", "-"), ("uczen_id", "INTEGER REFERENCES uczniowie(id)", "fk"),
                                    ("data", "TEXT", "-"), ("lekcja", "INTEGER", "-"), ("usprawiedliwiona", "INTEGER", "-"),
                                    ("powod", "TEXT", "free_text")], nieobecnosc),
        Table("kandydaci", 0, [("id", "INTEGER PRIMARY KEY", "-"), ("imie", "TEXT", "first_name"), ("nazwisko", "TEXT", "last_name"),
                               ("pesel", "TEXT", "national_id"), ("email", "TEXT", "email"), ("telefon", "TEXT", "phone"),
                               ("szkola_poprzednia", "TEXT", "-"), ("data_zlozenia", "TEXT", "-")], None),
    ]
    return "szkola_pl", tables, g


# ========================================================================================================
# 6. events_saas: a modern multi-tenant SaaS with personal data in JSON, arrays and terse names, and
#    columns that look personal but are not (a supplier's company and phone, a warehouse's city).
# ========================================================================================================
def events_saas():
    g = Gen(20256)
    n_acc, n_mem, n_sup, n_wh = 200, 500, 200, 200

    def account(g, i):
        co = f"{g.pick(['Blue', 'North', 'Bright', 'Iron', 'Quantum', 'Cedar', 'Lumen', 'Vertex', 'Harbor', 'Nimbus'])}{g.pick(['soft', 'labs', 'works', 'ly', 'hub', 'stack', 'io', ''])}"
        dom = f"{co.lower()}{i}.example.com"
        p = g.world_person()
        billing = g.pick([f"billing@{dom}", f"accounts@{dom}", f"{g.local_part(p['first'], p['last'])}@{dom}", f"finance@{dom}"])
        return [i, f"{co} {g.pick(['Inc.', 'GmbH', 'Ltd', 'LLC', 'S.A.', 'Pty Ltd', 'B.V.'])}", dom, g.pick(["free", "starter", "growth", "enterprise"]),
                billing, g.pick(["San Francisco", "Berlin", "London", "Bangalore", "Toronto", "Sydney", "São Paulo", "Lagos"]),
                json.dumps({"sso": g.pick([True, False]), "retention_days": g.pick([30, 90, 365]), "features": g.r.sample(["audit", "sso", "api", "exports"], 2)}),
                g.ts(2019, 2025, "T") + "Z"]

    def member(g, i):
        p = g.world_person()
        full = f"{p['first']} {p['last']}"
        em = g.unique("saasmail", g.email(p["first"], p["last"]), lambda v, n: v.replace("@", f"+{n}@"))
        pl = g.place()
        meta = {"signup": {"ip": g.ipv4(), "referrer": g.pick(["google", "producthunt", "invite", None])}}
        if g.chance(0.4):
            meta["dob"] = g.date(1960, 2004)
        if g.chance(0.3):
            meta["billing_addr"] = {"street": g.en_street(), "city": pl["city"], "postal": pl["postcode"], "cc": pl["country"]}
        extra = g.pick([None, {"provider": "google", "google": {"sub": g.digits(21), "email": em, "name": full,
                                                                "picture": f"https://lh3.googleusercontent.com/a/{g.digits(12)}"}},
                        {"provider": "github", "github": {"login": g.handle(p["first"], p["last"]), "id": g.r.randint(1000, 9999999)}},
                        {"provider": "saml", "nameid": em}])
        geo = g.some(0.6, json.dumps({"lat": round(g.r.uniform(-40, 60), 4), "lon": round(g.r.uniform(-120, 140), 4), "acc_m": g.r.randint(5, 5000)}))
        return [i, g.r.randint(1, n_acc), g.uuid(), em, g.some(0.5, g.intl_phone()), g.handle(p["first"], p["last"]),
                g.some(0.6, g.e164().lstrip("+")), full, g.some(0.5, p["first"]), geo, json.dumps(meta, ensure_ascii=False),
                json.dumps(extra, ensure_ascii=False) if extra else None, g.pick([0, 0, 0, 1]),
                g.pick(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15"]),
                g.ipv4() if g.chance(0.7) else g.ipv6(), g.some(0.5, f"https://cdn.example.app/u/{g.uuid()}/avatar.webp"),
                pg_array(g.r.sample(["owner", "admin", "billing", "member", "viewer"], g.r.randint(1, 2))),
                pg_array([g.email(p["first"], p["last"]) for _ in range(g.r.randint(0, 2))]),
                pg_array([g.ipv4() for _ in range(g.r.randint(1, 3))]),
                json.dumps({"theme": g.pick(["dark", "light", "system"]), "digest": g.pick(["daily", "weekly", "off"]), "lang": g.pick(["en", "de", "pt", "ja"])}),
                g.pick(["en-US", "en-GB", "de-DE", "pt-BR", "ja-JP", "hi-IN"]), g.pick(["UTC", "Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata", "Asia/Tokyo"]),
                g.ts(2020, 2025, "T") + "Z", g.some(0.9, g.ts(2024, 2025, "T") + "Z")]

    def supplier(g, i):
        co = f"{g.pick(['Shenzhen', 'Ningbo', 'Pune', 'Monterrey', 'Łódź', 'Porto', 'Izmir', 'Hai Phong', 'Osaka', 'Dortmund'])} {g.pick(['Precision', 'Textile', 'Packaging', 'Electronics', 'Plastics', 'Metalworks', 'Components'])} {g.pick(['Co., Ltd.', 'Pvt. Ltd.', 'S.A. de C.V.', 'Sp. z o.o.', 'Lda.', 'A.Ş.', 'JSC', 'K.K.', 'GmbH'])}"
        return [i, co, f"{g.pick(['CN', 'IN', 'MX', 'PL', 'PT', 'TR', 'VN', 'JP', 'DE'])}{g.digits(10)}", g.pick(["Shenzhen", "Ningbo", "Pune", "Monterrey", "Łódź", "Porto", "Izmir", "Hai Phong", "Osaka", "Dortmund"]),
                g.pick(["China", "India", "Mexico", "Poland", "Portugal", "Türkiye", "Vietnam", "Japan", "Germany"]),
                g.pick([f"+86 755 {g.digits(4)} {g.digits(4)}", f"+91 20 {g.digits(4)} {g.digits(4)}", f"+52 81 {g.digits(4)} {g.digits(4)}",
                        f"+48 42 {g.digits(3)} {g.digits(2)} {g.digits(2)}", f"+351 22 {g.digits(3)} {g.digits(4)}"]),
                f"https://www.{ascii_fold(co.split()[1]).lower()}-{i}.example.com", g.pick(["A", "B", "C"]), g.r.randint(7, 90)]

    def warehouse(g, i):
        pl = g.place()
        return [i, f"WH-{pl['code']}-{i:03d}", f"{pl['city']} {g.pick(['North', 'South', 'Central', 'East', 'Airport'])} DC",
                f"{g.r.randint(1, 900)} {g.pick(['Industrial', 'Commerce', 'Logistics', 'Distribution'])} {g.pick(['Pkwy', 'Way', 'Park', 'Blvd'])}",
                pl["city"], pl["postcode"], pl["country"], g.r.randint(500, 50000), g.some(0.8, g.r.randint(1, n_mem))]

    def product(g, i):
        return [i, f"{g.pick(['Aurora', 'Basalt', 'Comet', 'Drift', 'Ember', 'Fjord', 'Glacier', 'Halo'])} {g.pick(['Desk Lamp', 'Backpack', 'Headphones', 'Water Bottle', 'Notebook', 'Charger', 'Mug'])}",
                f"SKU{g.digits(7)}", g.money(5, 400), json.dumps({"color": g.pick(["red", "black", "sand"]), "size": g.pick(["S", "M", "L", "one"]), "weight_g": g.r.randint(50, 4000)}),
                g.r.randint(1, n_sup), g.pick(["importer", "scim", "api", "admin-ui", "seed"])]

    def event(g, i):
        typ = g.pick(["page.view", "page.view", "button.click", "user.signup", "user.login", "invite.sent", "export.csv", "checkout.completed"])
        p = g.world_person()
        props = {"path": g.pick(["/", "/pricing", "/app/reports", "/settings/billing"]), "dur_ms": g.r.randint(10, 9000)}
        if typ == "user.signup":
            props = {"email": g.email(p["first"], p["last"]), "plan": g.pick(["free", "growth"])}
        elif typ == "invite.sent":
            props = {"to": g.email(p["first"], p["last"]), "role": "member"}
        elif typ == "checkout.completed":
            props = {"amount": g.money(5, 500), "currency": "USD", "ship_to": {"name": f"{p['first']} {p['last']}", "zip": g.place()["postcode"]}}
        ctx = {"ip": g.ipv4(), "locale": g.pick(["en-US", "de-DE", "pt-BR"]), "app": {"version": f"4.{g.r.randint(0, 20)}.{g.r.randint(0, 9)}"}}
        return [g.uuid(), g.r.randint(1, n_acc), g.some(0.85, g.r.randint(1, n_mem)), typ, g.ts(2025, 2025, "T", True) + "Z",
                json.dumps(props, ensure_ascii=False), json.dumps(ctx), g.uuid()]

    def shipment(g, i):
        p = g.world_person()
        pl = g.place()
        ship_to = {"name": f"{p['first']} {p['last']}", "line1": g.en_street(), "city": pl["city"], "region": pl["state"],
                   "postal_code": pl["postcode"], "country": pl["country"]}
        if g.chance(0.5):
            ship_to["phone"] = g.intl_phone()
        return [i, g.r.randint(1, n_mem), g.r.randint(1, n_wh), json.dumps(ship_to, ensure_ascii=False),
                g.pick(["UPS", "DHL", "FedEx", "USPS", "Correios", "InPost"]), f"1Z{g.digits(16)}", g.pick(["label_created", "in_transit", "delivered", "returned"]),
                g.some(0.2, g.pick(["Leave with the doorman.", f"Recipient asked to call {g.intl_phone()} on arrival.",
                                    f"Deliver to {p['first']} at the back entrance.", "Fragile - glass inside.", "Signature required."])),
                g.ts(2024, 2025, "T") + "Z"]

    def audit(g, i):
        p = g.world_person()
        return [i, g.r.randint(1, n_acc), g.pick([g.email(p["first"], p["last"]), g.email(p["first"], p["last"]), "system", "scim-sync", "stripe-webhook"]),
                g.pick(["member.invited", "member.removed", "plan.changed", "sso.enabled", "export.downloaded"]),
                g.pick([0, 0, 1]), json.dumps({"request_id": g.uuid(), "duration_ms": g.r.randint(1, 900)}), g.ts(2024, 2025, "T") + "Z"]

    tables = [
        Table("accounts", n_acc, [("id", "INTEGER PRIMARY KEY", "-"), ("company_name", "TEXT", "-"), ("domain", "TEXT", "-"), ("plan", "TEXT", "-"),
                                  ("billing_email", "TEXT", "email"), ("hq_city", "TEXT", "-"), ("settings", "TEXT", "-"), ("created_at", "TEXT", "-")], account),
        Table("members", n_mem, [("id", "INTEGER PRIMARY KEY", "-"), ("account_id", "INTEGER REFERENCES accounts(id)", "fk"), ("ext_id", "TEXT", "-"),
                                 ("contact_1", "TEXT", "email"), ("contact_2", "TEXT", "phone"), ("hdl", "TEXT", "username"),
                                 ("msisdn", "TEXT", "phone"), ("full_nm", "TEXT", "name"), ("given", "TEXT", "first_name"), ("geo", "TEXT", "other"),
                                 ("meta", "TEXT", "other"), ("extra_data", "TEXT", "other"), ("created_by_system", "INTEGER", "-"),
                                 ("user_agent", "TEXT", "-"), ("last_ip", "TEXT", "ip_address"), ("avatar", "TEXT", "url"), ("roles", "TEXT", "-"),
                                 ("alt_emails", "TEXT", "email"), ("known_ips", "TEXT", "ip_address"), ("prefs", "TEXT", "-"),
                                 ("locale", "TEXT", "-"), ("tz", "TEXT", "-"), ("created_at", "TEXT", "-"), ("last_seen_at", "TEXT", "-")], member),
        Table("suppliers", n_sup, [("id", "INTEGER PRIMARY KEY", "-"), ("company_name", "TEXT", "-"), ("tax_no", "TEXT", "-"), ("city", "TEXT", "-"),
                                   ("country", "TEXT", "-"), ("phone", "TEXT", "-"), ("website", "TEXT", "-"), ("tier", "TEXT", "-"),
                                   ("lead_time_days", "INTEGER", "-")], supplier),
        Table("warehouses", n_wh, [("id", "INTEGER PRIMARY KEY", "-"), ("code", "TEXT", "-"), ("name", "TEXT", "-"), ("street", "TEXT", "-"),
                                   ("city", "TEXT", "-"), ("postcode", "TEXT", "-"), ("country", "TEXT", "-"), ("capacity_m3", "INTEGER", "-"),
                                   ("manager_id", "INTEGER REFERENCES members(id)", "fk")], warehouse),
        Table("products", 300, [("id", "INTEGER PRIMARY KEY", "-"), ("name", "TEXT", "-"), ("sku", "TEXT", "-"), ("price", "NUMERIC", "-"),
                                ("attrs", "TEXT", "-"), ("supplier_id", "INTEGER REFERENCES suppliers(id)", "fk"), ("created_by_system", "TEXT", "-")], product),
        Table("events", 1500, [("id", "TEXT PRIMARY KEY", "-"), ("account_id", "INTEGER REFERENCES accounts(id)", "fk"),
                               ("member_id", "INTEGER REFERENCES members(id)", "fk"), ("type", "TEXT", "-"), ("ts", "TEXT", "-"),
                               ("props", "TEXT", "other"), ("ctx", "TEXT", "other"), ("session_id", "TEXT", "-")], event),
        Table("shipments", 600, [("id", "INTEGER PRIMARY KEY", "-"), ("member_id", "INTEGER REFERENCES members(id)", "fk"),
                                 ("warehouse_id", "INTEGER REFERENCES warehouses(id)", "fk"), ("ship_to", "TEXT", "other"), ("carrier", "TEXT", "-"),
                                 ("tracking_no", "TEXT", "-"), ("state", "TEXT", "-"), ("notes", "TEXT", "free_text"), ("updated_at", "TEXT", "-")], shipment),
        Table("audit_trail", 500, [("id", "INTEGER PRIMARY KEY", "-"), ("account_id", "INTEGER REFERENCES accounts(id)", "fk"),
                                   ("actor", "TEXT", "email"), ("action", "TEXT", "-"), ("via_api", "INTEGER", "-"), ("detail", "TEXT", "-"),
                                   ("at", "TEXT", "-")], audit),
        Table("invites", 0, [("id", "INTEGER PRIMARY KEY", "-"), ("account_id", "INTEGER REFERENCES accounts(id)", "fk"),
                             ("invitee", "TEXT", "email"), ("invited_by", "INTEGER REFERENCES members(id)", "fk"), ("sent_at", "TEXT", "-"),
                             ("accepted_at", "TEXT", "-")], None),
    ]
    return "events_saas", tables, g


def main():
    os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
    labels = []
    for build in (adventureworks, employees, stackexchange, loja_br, szkola_pl, events_saas):
        db, tables, g = build()
        write_db(db, tables, g, labels)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("# database\ttable\tcolumn\tkind   (kind: a PIIKind, - for not personal, fk for a foreign key; see ../README.md and README.md)\n")
        for row in labels:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
