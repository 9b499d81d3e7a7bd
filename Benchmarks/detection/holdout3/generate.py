#!/usr/bin/env python3
"""Writes the THIRD held-out detection corpus: holdout3/corpus/*.sql (one SQLite database each) and holdout3/labels.tsv.

`main`, `holdout/` and `holdout2/` have all been used to improve the detector, so none of them measures unseen
schemas any more; this set is the one nobody tunes on. It was written without reading Sources/, the READMEs of
holdout/ and holdout2/ (their lists of misses) or Benchmarks/README.md; only ../README.md (the labelling
conventions), ../score.py, ../../detection.sh and the output format of ../holdout2/generate.py were read. It is
self-contained: it imports nothing from ../lib.py or the other held-out sets; every name, street, town and
sentence below is written here. The schemas follow public models and production naming (a FHIR-shaped NHS
hospital store, Moodle, a US core-banking and insurance mainframe extract, a South African mobile operator's
BSS, a Japanese mail-order shop with romanized column names, a Salesforce org export), not the detector's
vocabularies. Labels follow the conventions of ../README.md; the choices those conventions leave open are listed
in README.md here. The labels were fixed before any benchmark run and are not to be changed after one.

Each column is (name, SQL declaration, label), label a PIIKind, `-` (not personal) or `fk`.

Usage: python3 Benchmarks/detection/holdout3/generate.py   (rewrites holdout3/corpus/ and holdout3/labels.tsv;
deterministic: byte for byte the same on every run)
"""

import hashlib
import json
import os
import random
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"name", "first_name", "last_name", "email", "phone", "street_address", "city", "state", "region",
         "postcode", "country", "job_title", "courtesy_title", "company", "username", "date_of_birth",
         "national_id", "free_text", "ip_address", "url", "account_number", "other"}
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = UPPER + "abcdefghijklmnopqrstuvwxyz0123456789"
DIGITS = "0123456789"

# --------------------------------------------------------------------------------------------------------
# Hand-written name lists: (male given names, female given names, surnames) per culture.
# --------------------------------------------------------------------------------------------------------
NAMES = {
    "en_gb": (["Jack", "Harry", "Thomas", "James", "William", "Daniel", "Matthew", "Ryan", "Liam", "Connor", "Ethan", "Lewis",
               "Stuart", "Gareth", "Neil", "Craig", "Graham", "Trevor", "Keith", "Dylan", "Rhys", "Alistair"],
              ["Emily", "Chloe", "Sophie", "Jessica", "Lauren", "Hannah", "Charlotte", "Megan", "Rebecca", "Gemma", "Kirsty",
               "Siobhan", "Sian", "Lorraine", "Tracey", "Joanne", "Maureen", "Shirley", "Catriona", "Ffion", "Nia"],
              ["Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Thomas", "Johnson", "Roberts", "Walker",
               "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke",
               "Jackson", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morgan", "Griffiths", "MacLeod", "Sutherland",
               "Pritchard", "Llewellyn", "O'Brien", "Fitzgerald", "Whitfield", "Ashby", "Bramley", "Kershaw"]),
    "gb_asian": (["Mohammed", "Imran", "Zain", "Arjun", "Sanjay", "Hamza", "Amir", "Rohan", "Vikram", "Adeel"],
                 ["Aisha", "Fatima", "Priya", "Noor", "Sana", "Anjali", "Zara", "Ruksana", "Simran", "Hina"],
                 ["Khan", "Patel", "Ahmed", "Hussain", "Begum", "Shah", "Akhtar", "Mistry", "Chauhan", "Iqbal", "Sandhu", "Rahman"]),
    "pl": (["Piotr", "Krzysztof", "Tomasz", "Marcin", "Łukasz", "Michał"], ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Ewa", "Monika"],
           ["Nowak", "Kowalczyk", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"]),
    "ng": (["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Femi", "Ikechukwu"], ["Ngozi", "Adaeze", "Funmilayo", "Yetunde", "Chioma", "Abimbola"],
           ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Nwosu", "Oyelaran", "Eze", "Adebayo"]),
    "caribbean": (["Delroy", "Winston", "Marcus", "Leon"], ["Marcia", "Beverley", "Jacqueline", "Paulette"],
                  ["Campbell", "Grant", "Francis", "Bailey", "Reid", "Gordon"]),
    "en_us": (["Michael", "Christopher", "Joshua", "Matthew", "Brandon", "Justin", "Tyler", "Kevin", "Jeffrey", "Gregory",
               "Randall", "Dwayne", "Bobby", "Larry", "Gary", "Wayne", "Chad", "Jeremy", "Austin", "Garrett"],
              ["Jennifer", "Ashley", "Jessica", "Amanda", "Stephanie", "Melissa", "Nicole", "Heather", "Tiffany", "Kimberly",
               "Brittany", "Crystal", "Tammy", "Debra", "Peggy", "Dolores", "Shonda", "Latoya", "Kaitlyn", "Morgan"],
              ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Thomas", "Taylor",
               "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker",
               "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter",
               "Mitchell", "Roberts", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Washington", "Jefferson",
               "Kowalski", "Schultz", "O'Connor", "McAllister", "Vanderbilt", "Holloway", "Whitaker", "Dunbar"]),
    "us_hispanic": (["José", "Luis", "Carlos", "Jesús", "Miguel", "Alejandro", "Ramón", "Héctor"],
                    ["María", "Guadalupe", "Rosa", "Yesenia", "Marisol", "Alejandra", "Leticia", "Araceli"],
                    ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Rivera", "Flores"]),
    "us_asian": (["Wei", "Minh", "Jae-won", "Hiroshi", "Rahul", "Tuan"], ["Mei", "Linh", "Soo-jin", "Yuki", "Deepa", "Thao"],
                 ["Nguyen", "Tran", "Kim", "Park", "Chen", "Wong", "Le", "Yamamoto", "Gupta", "Shah"]),
    "au": (["Lachlan", "Cooper", "Hamish", "Jaxon", "Riley", "Bailey", "Fletcher", "Darcy", "Bradley", "Mitchell", "Nathan", "Blake"],
           ["Matilda", "Isla", "Chloe", "Sienna", "Ruby", "Zoe", "Mackenzie", "Tahlia", "Kirra", "Brooke", "Jessica", "Georgia"],
           ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson", "Thompson",
            "Nguyen", "Ryan", "Kelly", "O'Sullivan", "McKenzie", "Papadopoulos", "Rossi", "Nasser", "Costa", "Kowalski", "Walsh"]),
    "zh": (["Wei", "Hao", "Jun", "Zhiwei", "Yichen", "Haoyu", "Tianyi", "Jiahao"], ["Xiaoling", "Yuting", "Jingwen", "Siyu", "Mengqi", "Xinyue", "Ruolan", "Yiran"],
           ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Hu", "Guo"]),
    "in": (["Aarav", "Vihaan", "Rohit", "Karan", "Siddharth", "Pranav", "Anirudh", "Gaurav"], ["Ananya", "Diya", "Kavya", "Ishani", "Nandini", "Pooja", "Riya", "Tanvi"],
           ["Sharma", "Patel", "Reddy", "Iyer", "Nair", "Menon", "Gupta", "Bose", "Deshmukh", "Rao", "Krishnan", "Banerjee"]),
    "vi": (["Minh", "Huy", "Duc", "Quang", "Khoa"], ["Linh", "Trang", "Ngoc", "Thu", "Huong"],
           ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"]),
    "my": (["Muhammad Hafiz", "Ahmad Faiz", "Wei Jie"], ["Nur Aisyah", "Siti Nurhaliza", "Mei Ling"], ["bin Abdullah", "binti Ismail", "Tan", "Lim", "Ong"]),
    "za_nguni": (["Sipho", "Thabo", "Mandla", "Themba", "Lwazi", "Bongani", "Sibusiso", "Lungelo", "Vusi", "Siyabonga", "Mxolisi", "Andile"],
                 ["Nomvula", "Thandiwe", "Lindiwe", "Zanele", "Nokuthula", "Ayanda", "Busisiwe", "Nompumelelo", "Sinethemba", "Khanyisile", "Zodwa", "Nosipho"],
                 ["Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Mthembu", "Zulu", "Mahlangu", "Sithole", "Mabaso", "Radebe", "Ngcobo",
                  "Zungu", "Mkhize", "Cele", "Gumede", "Mbatha", "Xaba", "Ntuli", "Mlambo", "Mnguni"]),
    "za_sotho": (["Kagiso", "Tshepo", "Tebogo", "Lebogang", "Katlego", "Neo", "Mpho", "Thapelo"],
                 ["Lerato", "Refilwe", "Karabo", "Naledi", "Palesa", "Dineo", "Boitumelo", "Keabetswe"],
                 ["Mokoena", "Molefe", "Mofokeng", "Motaung", "Letsoalo", "Maluleke", "Modise", "Sebola", "Tau", "Phiri"]),
    "za_afr": (["Pieter", "Johan", "Riaan", "Ruan", "Francois", "Hendrik", "Gerhard", "Wian"],
               ["Anneke", "Marike", "Elmarie", "Chantelle", "Liezel", "Marelize", "Annelie", "Carla"],
               ["Botha", "van der Merwe", "Pretorius", "Nel", "Venter", "Coetzee", "du Plessis", "Steyn", "Fourie", "van Wyk", "Kruger", "Swanepoel"]),
    "za_other": (["Pravin", "Keshav", "Ryan", "Craig", "Mohammed", "Yusuf", "Ashwin", "Brandon"],
                 ["Priyanka", "Nadia", "Fatima", "Michelle", "Shireen", "Kerry-Ann", "Tasneem", "Nicole"],
                 ["Naidoo", "Govender", "Pillay", "Moodley", "Reddy", "Smith", "Jacobs", "Williams", "Adams", "Petersen", "Hendricks", "Ebrahim", "Cassiem"]),
    "de": (["Matthias", "Stefan", "Jörg", "Tobias", "Sven"], ["Katrin", "Anja", "Sabine", "Julia", "Nadine"],
           ["Müller", "Schmitt", "Weiß", "Hartmann", "Lange", "Krause", "Vogel", "Brandt"]),
    "fr": (["Olivier", "Sébastien", "Guillaume", "Thierry", "Rémi"], ["Aurélie", "Sandrine", "Nathalie", "Céline", "Margaux"],
           ["Lefebvre", "Moreau", "Girard", "Mercier", "Bonnet", "Chevalier", "Faure", "Roux"]),
    "jp_latin": (["Takeshi", "Kenji", "Hiroki", "Daisuke", "Shota"], ["Ayumi", "Naoko", "Yuko", "Haruka", "Misaki"],
                 ["Sato", "Suzuki", "Takahashi", "Watanabe", "Kobayashi", "Nakamura", "Yoshida", "Matsumoto"]),
    "es": (["Javier", "Álvaro", "Sergio"], ["Lucía", "Marta", "Nerea"], ["Fernández", "Ruiz", "Navarro", "Iglesias", "Ortega"]),
    "nl": (["Joost", "Maarten", "Wouter"], ["Anouk", "Femke", "Marloes"], ["van der Linden", "Visser", "de Wit", "Kok", "Brouwer"]),
}

# Japanese names: (kanji, katakana, romaji).
JP_SEI = [("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"), ("田中", "タナカ", "tanaka"),
          ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"), ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"),
          ("小林", "コバヤシ", "kobayashi"), ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("山田", "ヤマダ", "yamada"),
          ("佐々木", "ササキ", "sasaki"), ("山口", "ヤマグチ", "yamaguchi"), ("松本", "マツモト", "matsumoto"), ("井上", "イノウエ", "inoue"),
          ("木村", "キムラ", "kimura"), ("林", "ハヤシ", "hayashi"), ("清水", "シミズ", "shimizu"), ("斎藤", "サイトウ", "saito"),
          ("森", "モリ", "mori"), ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"), ("石川", "イシカワ", "ishikawa"),
          ("前田", "マエダ", "maeda"), ("藤田", "フジタ", "fujita"), ("岡田", "オカダ", "okada"), ("後藤", "ゴトウ", "goto"),
          ("長谷川", "ハセガワ", "hasegawa"), ("村上", "ムラカミ", "murakami"), ("近藤", "コンドウ", "kondo"), ("坂本", "サカモト", "sakamoto")]
JP_MEI_M = [("翔太", "ショウタ", "shota"), ("大輔", "ダイスケ", "daisuke"), ("健太", "ケンタ", "kenta"), ("拓也", "タクヤ", "takuya"),
            ("蓮", "レン", "ren"), ("悠真", "ユウマ", "yuma"), ("湊", "ミナト", "minato"), ("陽翔", "ハルト", "haruto"),
            ("和也", "カズヤ", "kazuya"), ("誠", "マコト", "makoto"), ("浩二", "コウジ", "koji"), ("隆", "タカシ", "takashi"),
            ("直樹", "ナオキ", "naoki"), ("翼", "ツバサ", "tsubasa"), ("健一", "ケンイチ", "kenichi"), ("茂", "シゲル", "shigeru")]
JP_MEI_F = [("陽菜", "ヒナ", "hina"), ("結衣", "ユイ", "yui"), ("さくら", "サクラ", "sakura"), ("美咲", "ミサキ", "misaki"),
            ("葵", "アオイ", "aoi"), ("愛", "アイ", "ai"), ("真由美", "マユミ", "mayumi"), ("恵子", "ケイコ", "keiko"),
            ("由美子", "ユミコ", "yumiko"), ("彩", "アヤ", "aya"), ("凛", "リン", "rin"), ("芽依", "メイ", "mei"),
            ("優子", "ユウコ", "yuko"), ("舞", "マイ", "mai"), ("千尋", "チヒロ", "chihiro"), ("久美子", "クミコ", "kumiko")]


def fold(s):
    """ASCII for e-mail local parts and logins: Łukasz -> lukasz, José -> jose."""
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in fold(s).lower() if c.isalnum())


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
        v = json.dumps(v, ensure_ascii=False, sort_keys=True)
    return "'" + str(v).replace("'", "''") + "'"


# --------------------------------------------------------------------------------------------------------
# Check digits.
# --------------------------------------------------------------------------------------------------------
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def nhs_check(nine):
    """The NHS number's modulus-11 check digit, or None when the nine digits have no valid one."""
    s = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
    c = 11 - s % 11
    return "0" if c == 11 else None if c == 10 else str(c)


def my_number_check(eleven):
    """Japan's Individual Number (My Number) check digit."""
    s = 0
    for n, ch in enumerate(reversed(eleven), 1):
        s += int(ch) * (n + 1 if n <= 6 else n - 5)
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def aba_ok(nine):
    d = [int(c) for c in nine]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def sf_id(prefix, n):
    """A Salesforce 18-character id: 3-character key prefix, pod pair, a reserved 0, a 9-character base-62 counter,
    then the 3-character case-safe suffix (one letter per 5-character chunk, a bit per upper-case character)."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    x, enc = 2_000_000_000 + n * 48271, ""
    for _ in range(9):
        x, d = divmod(x, 62)
        enc = alphabet[d] + enc
    body = prefix + "5g0" + enc
    suffix = ""
    for i in range(3):
        chunk = body[i * 5:(i + 1) * 5]
        suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[sum(1 << j for j, c in enumerate(chunk) if c.isupper())]
    return body + suffix


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, xs):
        return self.r.choice(xs)

    def some(self, p, v):
        return v if self.r.random() < p else None

    def digits(self, n):
        return "".join(self.r.choice(DIGITS) for _ in range(n))

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.chars("0123456789abcdef", n)

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def date(self, y1, y2):
        return f"{self.r.randint(y1, y2):04d}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def ts(self, y1, y2, sep=" "):
        return self.date(y1, y2) + f"{sep}{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}"

    def epoch(self, y1, y2):
        # seconds since 1970 for a moment between Jan 1st of y1 and Dec 31st of y2 (non-leap approximation is fine)
        base = {y: (y - 1970) * 31536000 + ((y - 1969) // 4) * 86400 for y in range(1970, 2040)}
        return base[y1] + self.r.randint(0, (y2 - y1 + 1) * 31536000 - 1)

    def person(self, culture):
        males, females, lasts = NAMES[culture]
        female = self.r.random() < 0.5
        return {"first": self.pick(females if female else males), "last": self.pick(lasts), "female": female, "culture": culture}

    def email_local(self, first, last):
        f, l = slug(first.split()[0]), slug(last)
        return self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.r.randint(1, 99)}", f"{l}.{f}",
                          f"{f}{self.r.randint(70, 2005)}", f"{f[0]}.{l}", f"{l}{f[0]}{self.r.randint(1, 9)}"])

    def email(self, first, last, domains):
        return f"{self.email_local(first, last)}@{self.pick(domains)}"

    def ipv4(self):
        while True:
            a = self.r.randint(1, 223)
            if a not in (10, 127, 169, 172, 192, 100, 0):
                return f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ipv6(self):
        return self.pick(["2a02:c7c", "2001:8003", "2c0f:f4c0", "2405:6580", "2600:1700", "2a00:23c5"]) + ":" + ":".join(
            self.hexs(4).lstrip("0") or "0" for _ in range(3)) + "::" + (self.hexs(4).lstrip("0") or "1")

    def ip(self, v6=0.2):
        return self.ipv6() if self.r.random() < v6 else self.ipv4()

    def luhn_number(self, prefix, length):
        body = prefix + self.digits(length - len(prefix) - 1)
        return body + luhn_digit(body)


class Table:
    def __init__(self, name, rows, columns, row):
        self.name, self.rows, self.columns, self.row = name, rows, columns, row
        seen = set()
        for col, decl, label in columns:
            assert col not in seen, (name, col)
            seen.add(col)
            assert label in KINDS or label in ("-", "fk"), (name, col, label)
            assert ("REFERENCES" in decl) == (label == "fk"), (name, col, "fk label must match REFERENCES")
        assert rows == 0 or rows >= 200, (name, rows)


def write_db(db, tables, g, labels):
    path = os.path.join(HERE, "corpus", db + ".sql")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"-- Doppel third held-out detection corpus: {db}. Generated by Benchmarks/detection/holdout3/generate.py; do not edit.\n")
        f.write("PRAGMA foreign_keys = OFF;\nBEGIN;\n")
        for t in tables:
            defs = [f"  {q(c)} {d}" for c, d, _ in t.columns]
            f.write(f"CREATE TABLE {q(t.name)} (\n" + ",\n".join(defs) + "\n);\n")
        for t in tables:
            cols = ", ".join(q(c) for c, _, _ in t.columns)
            batch = []
            for i in range(1, t.rows + 1):
                values = t.row(g, i)
                assert len(values) == len(t.columns), (db, t.name, len(values), len(t.columns))
                batch.append("(" + ", ".join(sql_literal(v) for v in values) + ")")
                if len(batch) == 100 or i == t.rows:
                    f.write(f"INSERT INTO {q(t.name)} ({cols}) VALUES\n" + ",\n".join(batch) + ";\n")
                    batch = []
        f.write("COMMIT;\n")
    for t in tables:
        for c, _, label in t.columns:
            labels.append((db, t.name, c, label))


# ========================================================================================================
# 1. ehr_fhir: an NHS hospital trust's patient store on a relational FHIR R4 model (one table per resource,
#    nested elements flattened with underscores, FHIR's own camelCase: birthDate, telecom_*, address_*,
#    maritalStatus, valueQuantity_value, dosageInstruction_text; UK NHS numbers with their mod-11 check).
# ========================================================================================================
UK_PLACES = [("Leeds", "West Yorkshire", ["LS1", "LS2", "LS4", "LS6", "LS7", "LS8", "LS9", "LS11", "LS12", "LS14", "LS16", "LS17", "LS28"]),
             ("Bradford", "West Yorkshire", ["BD1", "BD3", "BD5", "BD8", "BD9", "BD10"]),
             ("Wakefield", "West Yorkshire", ["WF1", "WF2", "WF4"]), ("Huddersfield", "West Yorkshire", ["HD1", "HD2", "HD5"]),
             ("Otley", "West Yorkshire", ["LS21"]), ("Wetherby", "West Yorkshire", ["LS22"]), ("Castleford", "West Yorkshire", ["WF10"]),
             ("Harrogate", "North Yorkshire", ["HG1", "HG2", "HG3"]), ("York", "North Yorkshire", ["YO1", "YO10", "YO24", "YO31"]),
             ("Selby", "North Yorkshire", ["YO8"]), ("Sheffield", "South Yorkshire", ["S1", "S7", "S10", "S11"]),
             ("Doncaster", "South Yorkshire", ["DN1", "DN4"]), ("Hull", "East Riding of Yorkshire", ["HU3", "HU5"])]
UK_STREETS = ["Headingley", "Otley", "Kirkstall", "Harehills", "Chapeltown", "Roundhay", "Victoria", "Church", "Station", "Mill",
              "Moor", "Woodhouse", "Cardigan", "Hyde Park", "Beeston", "Armley", "Oakwood", "Meanwood", "Spen", "Sandford",
              "Bramley", "Thornhill", "Ash", "Elmfield", "Park View", "Green", "Manor", "Grange"]
UK_STREET_TYPES = ["Road", "Lane", "Street", "Avenue", "Grove", "Terrace", "Close", "Mount", "View", "Crescent", "Drive", "Gardens", "Walk"]
UK_MAIL = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "sky.com", "icloud.com", "live.co.uk", "talktalk.net"]
UK_MIX = ["en_gb"] * 10 + ["gb_asian"] * 3 + ["pl", "ng", "caribbean", "in", "zh"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode(g, outward):
    return f"{outward} {g.r.randint(1, 9)}{g.chars(INWARD_LETTERS, 2)}"


def uk_phone(g, mobile=None):
    mobile = g.r.random() < 0.6 if mobile is None else mobile
    r = g.r.random()
    if mobile:
        n = f"7{g.pick(['4', '5', '7', '8', '9'])}{g.digits(2)}"
        return f"0{n} {g.digits(6)}" if r < 0.55 else f"+44 {n} {g.digits(6)}" if r < 0.75 else f"0{n}{g.digits(6)}"
    code = g.pick(["113", "113", "1274", "1924", "1484", "1423", "1904", "114"])
    rest = g.digits(7 if len(code) == 3 else 6)
    return f"0{code} {rest[:3]} {rest[3:]}" if len(code) == 3 and r < 0.7 else f"0{code} {rest}"


def uk_address(g):
    city, county, outwards = g.pick(UK_PLACES)
    street = f"{g.r.randint(1, 220)} {g.pick(UK_STREETS)} {g.pick(UK_STREET_TYPES)}"
    r = g.r.random()
    if r < 0.15:
        street = f"Flat {g.r.randint(1, 24)}, {street}"
    elif r < 0.22:
        street = f"{g.pick(['Rose Cottage', 'The Old Vicarage', 'Hillside House', 'Ivy Cottage'])}, {g.pick(UK_STREETS)} {g.pick(UK_STREET_TYPES)}"
    return {"line": street, "city": city, "county": county, "postcode": uk_postcode(g, g.pick(outwards))}


def nhs_number(g, spaced=None):
    while True:
        nine = str(g.r.randint(4, 7)) + g.digits(8)
        c = nhs_check(nine)
        if c is not None:
            n = nine + c
            spaced = g.r.random() < 0.4 if spaced is None else spaced
            return f"{n[:3]} {n[3:6]} {n[6:]}" if spaced else n


LOINC = [("8867-4", "Heart rate", "/min", 48, 130), ("8480-6", "Systolic blood pressure", "mm[Hg]", 95, 185),
         ("8462-4", "Diastolic blood pressure", "mm[Hg]", 55, 110), ("29463-7", "Body weight", "kg", 45, 140),
         ("8302-2", "Body height", "cm", 148, 196), ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", 17, 42),
         ("15074-8", "Glucose [Moles/volume] in Blood", "mmol/L", 3, 18), ("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "mmol/mol", 30, 95),
         ("8310-5", "Body temperature", "Cel", 35, 40), ("9279-1", "Respiratory rate", "/min", 10, 32), ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", 86, 100)]
SNOMED = [("38341003", "Hypertensive disorder"), ("44054006", "Diabetes mellitus type 2"), ("195967001", "Asthma"),
          ("13645005", "Chronic obstructive lung disease"), ("49436004", "Atrial fibrillation"), ("35489007", "Depressive disorder"),
          ("197480006", "Anxiety disorder"), ("22298006", "Myocardial infarction"), ("230690007", "Cerebrovascular accident"),
          ("69896004", "Rheumatoid arthritis"), ("68566005", "Urinary tract infectious disease"), ("233604007", "Pneumonia"),
          ("271737000", "Anemia"), ("40930008", "Hypothyroidism"), ("128053003", "Deep venous thrombosis")]
MEDS = [("319283006", "Amlodipine 5mg tablets"), ("325278007", "Metformin 500mg tablets"), ("320000009", "Atorvastatin 20mg tablets"),
        ("318885001", "Ramipril 2.5mg capsules"), ("320151002", "Salbutamol 100micrograms/dose inhaler CFC free"),
        ("321949006", "Sertraline 50mg tablets"), ("317249006", "Omeprazole 20mg gastro-resistant capsules"),
        ("703907004", "Apixaban 5mg tablets"), ("318419003", "Bisoprolol 2.5mg tablets"), ("322280009", "Co-codamol 30mg/500mg tablets"),
        ("323509004", "Amoxicillin 500mg capsules"), ("315236008", "Levothyroxine sodium 50microgram tablets")]
SIGS = ["One tablet once daily", "One tablet twice a day with food", "Two puffs when required", "One capsule three times a day for 7 days",
        "Take ONE or TWO tablets up to four times a day when required for pain", "One tablet each morning", "One tablet at night",
        "One capsule daily before breakfast", "Half a tablet once daily", "As directed"]
ROLES = ["Consultant Cardiologist", "Consultant in Emergency Medicine", "Specialty Registrar (ST4) Respiratory Medicine",
         "Foundation Year 2 Doctor", "General Practitioner", "Advanced Nurse Practitioner", "Ward Sister", "Staff Nurse",
         "Consultant Geriatrician", "Clinical Pharmacist", "Consultant Endocrinologist", "Physiotherapist", "Midwife", "Healthcare Assistant"]
WARDS = ["Ward 14 - Cardiology", "Ward J22 - Respiratory", "Emergency Department", "Acute Medical Unit", "Ward 7 - Elderly Care",
         "Outpatients Clinic 3", "Maternity Assessment Centre", "Same Day Emergency Care", "Diabetes Centre"]
PRACTICES = [("B86012", "Beech Tree Surgery"), ("B86029", "Oakwood Lane Medical Practice"), ("B86046", "Chapeltown Health Centre"),
             ("B86071", "Kirkstall Lane Medical Centre"), ("B83033", "Moor Park Surgery"), ("B82005", "Haxby Group Practice")]


def ehr_fhir():
    g = Gen(3101)
    n_pat, n_prac = 420, 210
    pracs = []
    for i in range(n_prac):
        p = g.person(g.pick(UK_MIX))
        pracs.append(p)
    gps = [(g.pick(["Dr", "Dr", "Dr"]), g.person(g.pick(UK_MIX)), g.pick(PRACTICES)) for _ in range(40)]
    pats = []
    for i in range(n_pat):
        p = g.person(g.pick(UK_MIX))
        p["birth"] = g.date(1931, 2023)
        pats.append(p)

    def practitioner(g, i):
        p = pracs[i - 1]
        role = g.pick(ROLES)
        doctor = any(w in role for w in ("Consultant", "Registrar", "Doctor", "General"))
        return [i, str(g.r.randint(2000000, 7999999)) if doctor else None, g.digits(12),
                "Dr" if doctor else g.pick(["Mrs", "Ms", "Miss", None] if p["female"] else ["Mr", None]), p["first"], p["last"],
                g.pick([f"{slug(p['first'])}.{slug(p['last'])}@nhs.net", f"{slug(p['first'])}.{slug(p['last'])}{g.r.randint(1, 40)}@nhs.net"]),
                g.some(0.6, g.digits(4)), "female" if p["female"] else "male", role,
                g.pick(["MBChB MRCP(UK)", "MBBS FRCEM", "MBChB FRCP", "MBBS MRCGP"]) if doctor else
                g.pick(["BSc (Hons) Nursing", "MPharm", "BSc Physiotherapy", "BSc Midwifery", None]),
                g.pick([1, 1, 1, 0])]

    def patient(g, i):
        p = pats[i - 1]
        a = uk_address(g)
        title = g.pick(["Mrs", "Ms", "Miss"] if p["female"] else ["Mr"]) if g.r.random() < 0.7 else g.pick(["Dr", None])
        given = p["first"] + (" " + g.pick(["Rose", "Jane", "Louise", "Marie"] if p["female"] else ["James", "John", "Alexander", "Lee"]) if g.r.random() < 0.3 else "")
        kin = g.person(p["culture"])
        gp_title, gp, (ods, practice) = g.pick(gps)
        mail = g.some(0.55, g.email(p["first"], p["last"], UK_MAIL))
        return [i, f"RR8-{g.r.randint(1000000, 9999999)}", nhs_number(g), g.pick(["official", "official", "usual"]), title, given, p["last"],
                f"{title + ' ' if title else ''}{p['first']} {p['last'].upper()}", uk_phone(g, mobile=False) if g.r.random() < 0.5 else None,
                uk_phone(g, mobile=True), mail, "female" if p["female"] else "male", p["birth"],
                g.some(0.05, g.ts(2023, 2025, "T") + "Z"), a["line"], a["city"], a["county"], a["postcode"],
                g.pick(["GB", "GB", "GB", "United Kingdom"]), g.pick(["M", "S", "S", "D", "W", "U", "L"]),
                g.pick(["A", "A", "A", "B", "C", "H", "J", "K", "M", "N", "R", "S", "Z"]),
                g.pick(["en", "en", "en", "en", "pl", "ur", "pa", "pt"]), kin["first"] + " " + kin["last"],
                g.pick(["Wife", "Husband", "Daughter", "Son", "Mother", "Partner", "Friend", "Brother"]), uk_phone(g),
                f"{gp_title} {gp['first'][0]}. {gp['last']} ({practice})", ods, g.ts(2022, 2025, "T") + "Z"]

    REASONS = ["Chest pain radiating to left arm since this morning", "Fall at home, unable to weight bear", "Shortness of breath, worse lying flat",
               "Annual diabetes review", "Routine antenatal appointment, 28 weeks", "Headache and vomiting for two days",
               "Referred by GP Dr {gp} for suspected DVT", "Follow-up after discharge from Ward 14", "Medication review",
               "Confusion, brought in by daughter {kin}", "Cough productive of green sputum, fever", "Collapse at work, witnessed by colleague",
               "Self-harm, superficial lacerations to left forearm", "Abdominal pain RIF, ?appendicitis", "Asthma exacerbation, peak flow 220"]

    def encounter(g, i):
        pid = g.r.randint(1, n_pat)
        start = g.ts(2021, 2025, "T")
        hour = int(start[11:13])
        reason = g.pick(REASONS).format(gp=g.pick(gps)[1]["last"], kin=g.person(pats[pid - 1]["culture"])["first"])
        return [i, g.pick(["finished", "finished", "finished", "in-progress", "cancelled"]), g.pick(["AMB", "AMB", "EMER", "IMP"]),
                g.pick(["Outpatient consultation", "A&E attendance", "Inpatient admission", "Telephone consultation"]), pid,
                g.r.randint(1, n_prac), start + "Z", g.some(0.85, start[:11] + f"{g.r.randint(hour + 1, 24) if hour < 23 else 23:02d}:{g.r.randint(0, 59):02d}:00Z".replace("T24:", "T23:")),
                reason, g.pick(["gp", "self", "amb", "hosp-trans", None]), g.pick(WARDS), "Leeds Teaching Hospitals NHS Trust"]

    NOTES = ["Pt anxious, BP repeated after 10 min.", "Seen with daughter ({kin}) who is main carer.", "Reading taken on admission.",
             "Patient reports dizziness on standing. Advised to call 111 if worse.", "Wife {kin} present, consents to share information.",
             "Discussed with Dr {doc}; repeat U&E in 2/52.", "Patient prefers contact on mobile {phone}.", "Interpreter (Polish) needed next visit.",
             "Home reading, patient's own machine.", "Refused repeat measurement.", "Lives alone at {addr}, neighbour has key."]

    def note(g, pid):
        p = pats[pid - 1]
        if g.r.random() < 0.6:
            return None
        return g.pick(NOTES).format(kin=g.person(p["culture"])["first"], doc=g.pick(pracs)["last"], phone=uk_phone(g, True),
                                    addr=uk_address(g)["line"])

    def observation(g, i):
        code, disp, unit, lo, hi = g.pick(LOINC)
        pid = g.r.randint(1, n_pat)
        v = round(g.r.uniform(lo, hi), 1)
        return [i, g.pick(["final", "final", "final", "amended", "preliminary"]), "vital-signs" if code[0] in "832957" else "laboratory",
                "http://loinc.org", code, disp, pid, g.r.randint(1, 900), g.ts(2021, 2025, "T") + "Z", v, unit,
                g.pick(["N", "N", "N", "H", "L", None]), g.r.randint(1, n_prac), note(g, pid)]

    def condition(g, i):
        code, disp = g.pick(SNOMED)
        pid = g.r.randint(1, n_pat)
        return [i, g.pick(["active", "active", "resolved", "remission", "inactive"]), g.pick(["confirmed", "confirmed", "provisional", "differential"]),
                g.pick(["problem-list-item", "encounter-diagnosis"]), code, disp, pid, g.r.randint(1, 900), g.some(0.8, g.date(1990, 2025)),
                g.date(2015, 2025), g.r.randint(1, n_prac), note(g, pid)]

    def medreq(g, i):
        code, disp = g.pick(MEDS)
        pid = g.r.randint(1, n_pat)
        return [i, g.pick(["active", "active", "completed", "stopped", "on-hold"]), "order", code, disp, pid, g.r.randint(1, 900),
                g.ts(2021, 2025, "T") + "Z", g.r.randint(1, n_prac), g.pick(SIGS), g.pick([28, 56, 84, 14, 7, 1]),
                g.pick(["continuous", "acute", "seasonal"]), note(g, pid)]

    def audit(g, i):
        prac = g.r.randint(1, n_prac)
        p = pracs[prac - 1]
        return [i, "rest", g.pick(["read", "read", "read", "search-type", "update", "create"]), g.pick(["R", "R", "R", "U", "C"]),
                g.ts(2024, 2025, "T") + "Z", "0", prac, g.pick([f"{slug(p['last'])[:6]}{slug(p['first'])[0]}{g.r.randint(1, 9)}",
                                                              f"{slug(p['first'])[0]}{slug(p['last'])}"]),
                g.pick([f"10.{g.r.randint(16, 31)}.{g.r.randint(0, 255)}.{g.r.randint(1, 254)}", g.ipv4()]),
                f"Patient/{g.r.randint(1, n_pat)}", g.pick(["EPR-PROD-01", "EPR-PROD-02", "PAS-INTERFACE"])]

    tables = [
        Table("Patient", n_pat, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("identifier_mrn", "VARCHAR(16)", "other"), ("nhsNumber", "VARCHAR(12)", "national_id"),
            ("name_use", "VARCHAR(16)", "-"), ("name_prefix", "VARCHAR(8)", "courtesy_title"), ("name_given", "VARCHAR(80)", "first_name"),
            ("name_family", "VARCHAR(80)", "last_name"), ("name_text", "VARCHAR(160)", "name"), ("telecom_home", "VARCHAR(32)", "phone"),
            ("telecom_mobile", "VARCHAR(32)", "phone"), ("telecom_email", "VARCHAR(120)", "email"), ("gender", "VARCHAR(8)", "-"),
            ("birthDate", "DATE", "date_of_birth"), ("deceasedDateTime", "TIMESTAMP", "-"), ("address_line", "VARCHAR(200)", "street_address"),
            ("address_city", "VARCHAR(60)", "city"), ("address_district", "VARCHAR(60)", "region"), ("address_postalCode", "VARCHAR(10)", "postcode"),
            ("address_country", "VARCHAR(40)", "country"), ("maritalStatus", "CHAR(1)", "-"), ("ethnicCategory", "CHAR(1)", "-"),
            ("communication_language", "VARCHAR(8)", "-"), ("contact_name_text", "VARCHAR(160)", "name"),
            ("contact_relationship", "VARCHAR(20)", "-"), ("contact_telecom", "VARCHAR(32)", "phone"),
            ("generalPractitioner_display", "VARCHAR(160)", "name"), ("generalPractitioner_odsCode", "VARCHAR(8)", "-"),
            ("meta_lastUpdated", "TIMESTAMP", "-")], patient),
        Table("Practitioner", n_prac, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("identifier_gmc", "VARCHAR(7)", "other"), ("identifier_sdsUserId", "VARCHAR(12)", "other"),
            ("name_prefix", "VARCHAR(8)", "courtesy_title"), ("name_given", "VARCHAR(80)", "first_name"), ("name_family", "VARCHAR(80)", "last_name"),
            ("telecom_email", "VARCHAR(120)", "email"), ("telecom_bleep", "VARCHAR(6)", "-"), ("gender", "VARCHAR(8)", "-"),
            ("role_display", "VARCHAR(80)", "job_title"), ("qualification_text", "VARCHAR(80)", "-"), ("active", "BOOLEAN", "-")], practitioner),
        Table("Encounter", 900, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("status", "VARCHAR(16)", "-"), ("class_code", "VARCHAR(8)", "-"), ("type_display", "VARCHAR(60)", "-"),
            ("subject_reference", "INTEGER REFERENCES Patient(id)", "fk"), ("participant_individual", "INTEGER REFERENCES Practitioner(id)", "fk"),
            ("period_start", "TIMESTAMP", "-"), ("period_end", "TIMESTAMP", "-"), ("reasonCode_text", "TEXT", "free_text"),
            ("hospitalization_admitSource", "VARCHAR(16)", "-"), ("location_display", "VARCHAR(60)", "-"),
            ("serviceProvider_display", "VARCHAR(80)", "-")], encounter),
        Table("Observation", 1400, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("status", "VARCHAR(16)", "-"), ("category", "VARCHAR(20)", "-"), ("code_system", "VARCHAR(40)", "-"),
            ("code_code", "VARCHAR(12)", "-"), ("code_display", "VARCHAR(100)", "-"), ("subject_reference", "INTEGER REFERENCES Patient(id)", "fk"),
            ("encounter_reference", "INTEGER REFERENCES Encounter(id)", "fk"), ("effectiveDateTime", "TIMESTAMP", "-"),
            ("valueQuantity_value", "REAL", "-"), ("valueQuantity_unit", "VARCHAR(12)", "-"), ("interpretation_code", "VARCHAR(4)", "-"),
            ("performer_reference", "INTEGER REFERENCES Practitioner(id)", "fk"), ("note_text", "TEXT", "free_text")], observation),
        Table("Condition", 600, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("clinicalStatus", "VARCHAR(16)", "-"), ("verificationStatus", "VARCHAR(16)", "-"),
            ("category", "VARCHAR(24)", "-"), ("code_snomed", "VARCHAR(18)", "-"), ("code_display", "VARCHAR(100)", "-"),
            ("subject_reference", "INTEGER REFERENCES Patient(id)", "fk"), ("encounter_reference", "INTEGER REFERENCES Encounter(id)", "fk"),
            ("onsetDateTime", "DATE", "-"), ("recordedDate", "DATE", "-"), ("recorder_reference", "INTEGER REFERENCES Practitioner(id)", "fk"),
            ("note_text", "TEXT", "free_text")], condition),
        Table("MedicationRequest", 600, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("status", "VARCHAR(16)", "-"), ("intent", "VARCHAR(16)", "-"),
            ("medicationCodeableConcept_code", "VARCHAR(18)", "-"), ("medicationCodeableConcept_text", "VARCHAR(100)", "-"),
            ("subject_reference", "INTEGER REFERENCES Patient(id)", "fk"), ("encounter_reference", "INTEGER REFERENCES Encounter(id)", "fk"),
            ("authoredOn", "TIMESTAMP", "-"), ("requester_reference", "INTEGER REFERENCES Practitioner(id)", "fk"),
            ("dosageInstruction_text", "VARCHAR(120)", "-"), ("dispenseRequest_quantity", "INTEGER", "-"),
            ("courseOfTherapyType", "VARCHAR(16)", "-"), ("note_text", "TEXT", "free_text")], medreq),
        Table("AuditEvent", 700, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("type_code", "VARCHAR(8)", "-"), ("subtype_code", "VARCHAR(16)", "-"), ("action", "CHAR(1)", "-"),
            ("recorded", "TIMESTAMP", "-"), ("outcome", "CHAR(1)", "-"), ("agent_who_reference", "INTEGER REFERENCES Practitioner(id)", "fk"),
            ("agent_altId", "VARCHAR(20)", "username"), ("agent_network_address", "VARCHAR(45)", "ip_address"),
            ("entity_what_reference", "VARCHAR(40)", "-"), ("source_observer", "VARCHAR(20)", "-")], audit),
        Table("AllergyIntolerance", 0, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("patient_reference", "INTEGER REFERENCES Patient(id)", "fk"), ("code_display", "VARCHAR(100)", "-"),
            ("criticality", "VARCHAR(16)", "-"), ("reaction_description", "TEXT", "free_text"), ("recordedDate", "DATE", "-"),
            ("recorder_reference", "INTEGER REFERENCES Practitioner(id)", "fk")], None),
    ]
    return "ehr_fhir", tables, g


# ========================================================================================================
# 2. moodle_lms: an Australian university's Moodle 4.x (the stock mdl_ tables with their real column names:
#    mdl_user's idnumber, phone1, phone2, institution, department, lastip, secret, imagealt, the phonetic
#    and alternate names; forum posts, grades with feedback, the standard log with its JSON `other`).
# ========================================================================================================
AU_PLACES = [("Melbourne", "3000"), ("Carlton", "3053"), ("Brunswick", "3056"), ("Footscray", "3011"), ("Box Hill", "3128"),
             ("Clayton", "3168"), ("Geelong", "3220"), ("Ballarat", "3350"), ("Bendigo", "3550"), ("Richmond", "3121"),
             ("St Kilda", "3182"), ("Preston", "3072"), ("Dandenong", "3175"), ("Werribee", "3030"), ("Frankston", "3199")]
AU_STREETS = ["Swanston", "Lygon", "Sydney", "Nicholson", "Barkly", "Hope", "Station", "Whitehorse", "Glenferrie", "Chapel",
              "Bridge", "High", "Plenty", "Mount Alexander", "Ballarat", "Sturt", "Lonsdale", "Elizabeth"]
AU_MAIL = ["gmail.com", "hotmail.com", "outlook.com", "bigpond.com", "icloud.com", "yahoo.com.au", "optusnet.com.au", "qq.com", "163.com"]
HANZI = {"Wang": "王", "Li": "李", "Zhang": "张", "Liu": "刘", "Chen": "陈", "Yang": "杨", "Huang": "黄", "Zhao": "赵", "Wu": "吴",
         "Zhou": "周", "Xu": "徐", "Sun": "孙", "Hu": "胡", "Guo": "郭"}
COURSES = ["Introduction to Programming", "Anatomy and Physiology 1", "Foundations of Nursing Practice", "Accounting for Decision Making",
           "Engineering Mathematics", "Contemporary Australian Politics", "Data Structures and Algorithms", "Microeconomics",
           "Organic Chemistry", "Academic Writing", "Criminology: Theory and Practice", "Design Studio 2", "Marketing Principles",
           "Pharmacology for Health Professionals", "Statistics for Social Science", "Indigenous Perspectives in Education"]
PREFERRED = ["Kevin", "Jason", "Amy", "Cherry", "Leo", "Tony", "Vivian", "Sunny", "Eric", "Grace", "Jack", "Lily"]


def au_phone(g, mobile=None):
    mobile = g.r.random() < 0.7 if mobile is None else mobile
    r = g.r.random()
    if mobile:
        n = f"4{g.digits(2)} {g.digits(3)} {g.digits(3)}"
        return f"0{n}" if r < 0.6 else f"+61 {n}" if r < 0.8 else f"0{n}".replace(" ", "")
    return f"(03) {g.r.randint(8, 9)}{g.digits(3)} {g.digits(4)}" if r < 0.7 else f"03 9{g.digits(3)} {g.digits(4)}"


def moodle_lms():
    g = Gen(3202)
    n_user, n_course, n_post, n_disc = 640, 200, 1100, 320
    cultures = ["au"] * 8 + ["zh"] * 3 + ["in"] * 2 + ["vi", "my", "en_gb", "gb_asian"]
    users = []
    for i in range(n_user):
        p = g.person(g.pick(cultures))
        staff = i < 60
        num = g.r.randint(3600000, 3999999) if not staff else g.r.randint(10000, 99999)
        p["username"] = ("e" + str(num)) if staff and g.r.random() < 0.5 else (f"{slug(p['first'])}.{slug(p['last'])}" if staff else f"s{num}")
        if i == 0:
            p["username"] = "admin"
        p["idnumber"], p["staff"] = str(num), staff
        users.append(p)

    ABOUT = ["<p>Hi everyone! I'm {f}, second-year nursing student from {town}. Love netball and coffee.</p>",
             "<p>Lecturer in {subj}. Consultation hours Tue 2-4pm, room 80.04.12. Email me at {email}.</p>",
             "<p>International student from {home}, studying Master of IT. Happy to join study groups!</p>",
             "<p>Mature-age student, mum of two, working part time at {work}.</p>", "", "",
             "<p>Tutor for {subj}. Call or text {phone} if the Zoom link fails.</p>"]

    def user(g, i):
        p = users[i - 1]
        city, pc = g.pick(AU_PLACES)
        email = (f"{slug(p['first'])}.{slug(p['last'])}@rmit.edu.au" if p["staff"] else
                 g.pick([f"{p['username']}@student.rmit.edu.au", g.email(p["first"], p["last"], AU_MAIL)]))
        country = "AU" if p["culture"] == "au" or g.r.random() < 0.6 else {"zh": "CN", "in": "IN", "vi": "VN", "my": "MY"}.get(p["culture"], "AU")
        created = g.epoch(2016, 2024)
        last = created + g.r.randint(0, 200_000_000)
        hz = HANZI.get(p["last"]) if p["culture"] == "zh" else None
        return [i, g.pick(["saml2", "saml2", "saml2", "manual"]) if i > 1 else "manual", 1, 1, g.pick([0] * 30 + [1]), g.pick([0] * 20 + [1]), 1,
                p["username"], "$6$rounds=10000$" + g.chars(ALNUM + "./", 16) + "$" + g.chars(ALNUM + "./", 86),
                p["idnumber"] if i > 1 else "", p["first"], p["last"], email, 0,
                g.some(0.55, au_phone(g)) or "", g.some(0.2, au_phone(g, mobile=False)) or "",
                "RMIT University" if g.r.random() < 0.9 else g.pick(["RMIT Vietnam", "Box Hill Institute", "Alfred Health"]),
                g.pick(["School of Computing Technologies", "School of Health and Biomedical Sciences", "College of Business and Law",
                        "School of Engineering", "School of Design", "Global, Urban and Social Studies", ""]),
                g.some(0.45, f"{g.pick(['', '', 'Unit ' + str(g.r.randint(1, 40)) + '/'])}{g.r.randint(1, 300)} {g.pick(AU_STREETS)} "
                             f"{g.pick(['Street', 'St', 'Road', 'Rd', 'Avenue', 'Parade'])}") or "",
                city, country, g.pick(["en", "en", "en", "zh_cn", "vi"]), "gregorian", "", g.pick(["99", "Australia/Melbourne", "Asia/Shanghai"]),
                created, last, last - g.r.randint(0, 900000), last, g.ip(0.15), g.some(0.1, g.chars(ALNUM, 15)) or "",
                g.pick([0, 0, g.r.randint(1000, 90000)]),
                g.pick(ABOUT).format(f=p["first"], town=g.pick(["Ballarat", "Shepparton", "Geelong", "Mildura"]), subj=g.pick(COURSES),
                                     email=email, home=g.pick(["Chengdu", "Hanoi", "Kerala", "Penang"]),
                                     work=g.pick(["Woolworths Box Hill", "the Alfred", "Bunnings Preston"]), phone=au_phone(g, True)),
                1, 1, 0, 2, 1, 0, created, last, 0, g.some(0.2, f"Photo of {p['first']} {p['last']}"),
                hz, g.some(0.3, HANZI.get(p["last"], "")[:0] + g.pick(["浩宇", "欣怡", "子涵", "梓萱"])) if hz else None,
                g.some(0.12, g.pick(["Rose", "James", "Marie", "Thanh", "Kumar", "Lee"])),
                g.some(0.5, g.pick(PREFERRED)) if p["culture"] in ("zh", "vi") else g.some(0.05, p["first"][:3]),
                g.some(0.03, f"@{slug(p['first'])}{slug(p['last'])}@moodle.net")]

    def course(g, i):
        name = g.pick(COURSES)
        code = f"{g.pick(['COSC', 'HLTH', 'NURS', 'ACCT', 'MATH', 'POLI', 'ECON', 'CHEM', 'LANG', 'JUST', 'DESN', 'MKTG'])}{g.r.randint(1000, 2999)}"
        year = g.r.randint(2021, 2025)
        start = g.epoch(year, year)
        return [i, g.r.randint(1, 40), i * 10000, f"{name} ({year} Semester {g.pick([1, 2])})", f"{code}_{year}", f"C{code}{year}",
                f"<p>{name}: weekly lectures, tutorials and three assessment tasks.</p>", g.pick(["topics", "weeks", "tiles"]),
                start, start + g.r.randint(100, 140) * 86400, 1, g.epoch(2020, 2024), g.epoch(2024, 2025)]

    info_values = lambda g, p: g.pick([g.date(1960, 2006), p["idnumber"], au_phone(g, True), g.pick(["she/her", "he/him", "they/them"]),
                                       f"{g.person('au')['first']} {p['last']} ({g.pick(['mother', 'partner', 'father'])}) {au_phone(g, True)}",
                                       g.pick(["Yes", "No"]), g.pick(["Domestic", "International"])])

    def info(g, i):
        uid = g.r.randint(2, n_user)
        return [i, uid, g.r.randint(1, 7), info_values(g, users[uid - 1]), 0]

    SUBJECTS = ["Week {w} tutorial question", "Assignment {w} extension?", "Study group for the exam", "Lecture recording missing",
                "Help with question {w}(b)", "Group project - looking for members", "Is the quiz open book?", "Thanks for the feedback!"]

    def discussion(g, i):
        uid = g.r.randint(2, n_user)
        return [i, g.r.randint(1, n_course), g.r.randint(1, 400), g.pick(SUBJECTS).format(w=g.r.randint(1, 12)), g.r.randint(1, n_post),
                uid, -1, 0, g.epoch(2021, 2025), uid, 0, 0, g.pick([0, 0, 0, 1]), 0]

    BODIES = ["<p>Hi all, does anyone understand how to approach question {w}? I keep getting a different answer to the worked example.</p>",
              "<p>Hey, I'm keen to form a study group. Message me on WhatsApp {phone} or email {email}.</p>",
              "<p>Thanks {name}, that cleared it up!</p>", "<p>The recording for week {w} only has audio, could it be re-uploaded?</p>",
              "<p>I'm {name}'s carer and she is in hospital this week, so she asked me to post that she will miss the lab.</p>",
              "<p>Looking for two more members for the group project. We meet Thursdays at the library, level 3.</p>",
              "<p>Please see the updated rubric attached. {name}, I've replied to your email separately.</p>",
              "<p>Does anyone have notes from Tuesday? I was at a medical appointment.</p>"]

    def post(g, i):
        uid = g.r.randint(2, n_user)
        other = users[g.r.randint(2, n_user) - 1]
        p = users[uid - 1]
        body = g.pick(BODIES).format(w=g.r.randint(1, 12), phone=au_phone(g, True), email=g.email(p["first"], p["last"], AU_MAIL),
                                     name=other["first"])
        t = g.epoch(2021, 2025)
        return [i, g.r.randint(1, n_disc), g.pick([0, 0, g.r.randint(1, max(1, i - 1))]), uid, t, t + g.r.randint(0, 5000), 1,
                ("Re: " if g.r.random() < 0.6 else "") + g.pick(SUBJECTS).format(w=g.r.randint(1, 12)), body, 1, 0, "",
                0, 0, 0, g.some(0.03, g.r.randint(2, n_user)) or 0, len(body.split()), len(body)]

    FEEDBACK = ["<p>Well structured argument, {f}. Referencing needs work (APA 7th).</p>", "<p>Good effort. See me in consultation.</p>",
                "<p>{f}, this is an excellent report; the discussion of limitations is particularly strong.</p>",
                "<p>Late penalty applied (2 days). Special consideration was not approved.</p>", "", "",
                "<p>Please resubmit by Friday; your draft was missing the appendix. Any questions call me on {phone}.</p>",
                "<p>Academic integrity concern: large overlap with another submission. Referred to the school.</p>"]

    def grade(g, i):
        uid = g.r.randint(2, n_user)
        raw = g.some(0.9, round(g.r.uniform(20, 100), 5))
        return [i, g.r.randint(1, 900), uid, raw, 100.0, 0.0, None, g.r.randint(2, 60), raw, 0, 0, 0, 0, 0, 0,
                g.pick(FEEDBACK).format(f=users[uid - 1]["first"], phone=au_phone(g, False)), 1,
                g.some(0.05, g.pick(["Special consideration granted: medical certificate provided.", "Grade adjusted after re-mark."])), 1,
                g.epoch(2021, 2025), g.epoch(2021, 2025), g.pick(["used", "used", "novalue"]), g.some(0.8, round(g.r.uniform(0, 1), 5))]

    EVENTS = [("\\core\\event\\user_loggedin", "core", "loggedin", "user", "user", "r"),
              ("\\core\\event\\user_login_failed", "core", "failed", "user_login", None, "r"),
              ("\\core\\event\\course_viewed", "core", "viewed", "course", None, "r"),
              ("\\mod_forum\\event\\post_created", "mod_forum", "created", "post", "forum_posts", "c"),
              ("\\core\\event\\user_loggedinas", "core", "loggedinas", "user", "user", "r"),
              ("\\core\\event\\user_password_updated", "core", "updated", "user_password", None, "u"),
              ("\\mod_assign\\event\\submission_status_viewed", "mod_assign", "viewed", "submission_status", "assign", "r")]

    def log(g, i):
        ev = g.pick(EVENTS)
        uid = g.r.randint(1, n_user)
        p = users[uid - 1]
        rel = None
        other = "null"
        if ev[2] == "failed":
            other = json.dumps({"username": g.pick([p["username"], p["username"].upper(), slug(p["first"]) + "." + slug(p["last"])]), "reason": g.pick([1, 2, 3])})
            uid = 0
        elif ev[2] == "loggedinas":
            rel = g.r.randint(2, n_user)
            target = users[rel - 1]
            other = json.dumps({"originalusername": f"{p['first']} {p['last']}", "loggedinasusername": f"{target['first']} {target['last']}"}, ensure_ascii=False)
        elif ev[2] == "updated":
            other = json.dumps({"forgottenreset": g.pick([True, False])})
        elif ev[3] == "post":
            other = json.dumps({"discussionid": g.r.randint(1, n_disc), "forumid": g.r.randint(1, 400), "forumtype": "general"})
        return [i, ev[0], ev[1], ev[2], ev[3], ev[4], g.r.randint(1, 5000) if ev[4] else None, ev[5], g.pick([0, 1, 2]),
                g.r.randint(1, 9000), g.pick([10, 30, 50, 70]), g.r.randint(0, 5000), uid if uid else 0,
                g.r.randint(1, n_course) if ev[2] in ("viewed", "created") else 0, rel, 0, other, g.epoch(2024, 2025),
                g.pick(["web", "web", "web", "ws", "cli"]), g.ip(0.15), None]

    MSGS = ["Hi {f}, are you still coming to the lab on Thursday?", "Can you send me your notes from week {w}? My email is {email}",
            "Sorry I missed the meeting, my phone died. Call me on {phone}.", "Your extension request has been approved until {d}.",
            "Hey, it's {me}. Do you want to split the readings?", "Don't forget the group presentation is tomorrow 10am!"]

    def message(g, i):
        uid = g.r.randint(2, n_user)
        p, o = users[uid - 1], users[g.r.randint(2, n_user) - 1]
        text = g.pick(MSGS).format(f=o["first"], w=g.r.randint(1, 12), email=g.email(p["first"], p["last"], AU_MAIL), phone=au_phone(g, True),
                                   d=g.date(2024, 2025), me=p["first"])
        return [i, uid, g.r.randint(1, 260), g.some(0.3, "New message from " + p["first"] + " " + p["last"]), text, 0, f"<p>{text}</p>",
                text[:60], g.epoch(2021, 2025), g.some(0.3, json.dumps({"notificationiconurl": "https://learn.rmit.edu.au/theme/image.php/boost/core/1/u/f2",
                                                                        "actionbuttons": {"send": "Send"}}))]

    ESSAYS = ["<p>In this reflection I discuss my first clinical placement at {hosp}. My preceptor, {name}, encouraged me to ...</p>",
              "<p>The case study concerns Mrs {last}, an 82-year-old woman admitted after a fall. Consent was obtained to use her story.</p>",
              "<p>Australia's preferential voting system produces outcomes that ...</p>",
              "<p>My personal learning plan: I work night shifts at {work}, so I will study on weekend mornings.</p>",
              "<p>The algorithm runs in O(n log n) time because the recursion tree has log n levels ...</p>"]

    def onlinetext(g, i):
        return [i, g.r.randint(1, 300), g.r.randint(1, 5000),
                g.pick(ESSAYS).format(hosp=g.pick(["the Royal Melbourne", "Box Hill Hospital", "Western Health"]), name=g.person("au")["first"],
                                      last=g.person("en_gb")["last"], work=g.pick(["a Coles warehouse", "Crown casino", "a call centre"])), 1]

    tables = [
        Table("mdl_user", n_user, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("auth", "VARCHAR(20) NOT NULL DEFAULT 'manual'", "-"), ("confirmed", "SMALLINT NOT NULL DEFAULT 0", "-"),
            ("policyagreed", "SMALLINT NOT NULL DEFAULT 0", "-"), ("deleted", "SMALLINT NOT NULL DEFAULT 0", "-"),
            ("suspended", "SMALLINT NOT NULL DEFAULT 0", "-"), ("mnethostid", "BIGINT NOT NULL DEFAULT 0", "-"),
            ("username", "VARCHAR(100) NOT NULL DEFAULT ''", "username"), ("password", "VARCHAR(255) NOT NULL DEFAULT ''", "other"),
            ("idnumber", "VARCHAR(255) NOT NULL DEFAULT ''", "other"), ("firstname", "VARCHAR(100) NOT NULL DEFAULT ''", "first_name"),
            ("lastname", "VARCHAR(100) NOT NULL DEFAULT ''", "last_name"), ("email", "VARCHAR(100) NOT NULL DEFAULT ''", "email"),
            ("emailstop", "SMALLINT NOT NULL DEFAULT 0", "-"), ("phone1", "VARCHAR(20) NOT NULL DEFAULT ''", "phone"),
            ("phone2", "VARCHAR(20) NOT NULL DEFAULT ''", "phone"), ("institution", "VARCHAR(255) NOT NULL DEFAULT ''", "company"),
            ("department", "VARCHAR(255) NOT NULL DEFAULT ''", "-"), ("address", "VARCHAR(255) NOT NULL DEFAULT ''", "street_address"),
            ("city", "VARCHAR(120) NOT NULL DEFAULT ''", "city"), ("country", "VARCHAR(2) NOT NULL DEFAULT ''", "country"),
            ("lang", "VARCHAR(30) NOT NULL DEFAULT 'en'", "-"), ("calendartype", "VARCHAR(30) NOT NULL DEFAULT 'gregorian'", "-"),
            ("theme", "VARCHAR(50) NOT NULL DEFAULT ''", "-"), ("timezone", "VARCHAR(100) NOT NULL DEFAULT '99'", "-"),
            ("firstaccess", "BIGINT NOT NULL DEFAULT 0", "-"), ("lastaccess", "BIGINT NOT NULL DEFAULT 0", "-"),
            ("lastlogin", "BIGINT NOT NULL DEFAULT 0", "-"), ("currentlogin", "BIGINT NOT NULL DEFAULT 0", "-"),
            ("lastip", "VARCHAR(45) NOT NULL DEFAULT ''", "ip_address"), ("secret", "VARCHAR(15) NOT NULL DEFAULT ''", "other"),
            ("picture", "BIGINT NOT NULL DEFAULT 0", "-"), ("description", "TEXT", "free_text"), ("descriptionformat", "SMALLINT NOT NULL DEFAULT 1", "-"),
            ("mailformat", "SMALLINT NOT NULL DEFAULT 1", "-"), ("maildigest", "SMALLINT NOT NULL DEFAULT 0", "-"),
            ("maildisplay", "SMALLINT NOT NULL DEFAULT 2", "-"), ("autosubscribe", "SMALLINT NOT NULL DEFAULT 1", "-"),
            ("trackforums", "SMALLINT NOT NULL DEFAULT 0", "-"), ("timecreated", "BIGINT NOT NULL DEFAULT 0", "-"),
            ("timemodified", "BIGINT NOT NULL DEFAULT 0", "-"), ("trustbitmask", "BIGINT NOT NULL DEFAULT 0", "-"),
            ("imagealt", "VARCHAR(255)", "free_text"), ("lastnamephonetic", "VARCHAR(255)", "last_name"),
            ("firstnamephonetic", "VARCHAR(255)", "first_name"), ("middlename", "VARCHAR(255)", "first_name"),
            ("alternatename", "VARCHAR(255)", "first_name"), ("moodlenetprofile", "VARCHAR(255)", "url")], user),
        Table("mdl_course", n_course, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("category", "BIGINT NOT NULL DEFAULT 0", "-"), ("sortorder", "BIGINT NOT NULL DEFAULT 0", "-"),
            ("fullname", "VARCHAR(1333) NOT NULL DEFAULT ''", "-"), ("shortname", "VARCHAR(255) NOT NULL DEFAULT ''", "-"),
            ("idnumber", "VARCHAR(100) NOT NULL DEFAULT ''", "-"), ("summary", "TEXT", "-"), ("format", "VARCHAR(21) NOT NULL DEFAULT 'topics'", "-"),
            ("startdate", "BIGINT NOT NULL DEFAULT 0", "-"), ("enddate", "BIGINT NOT NULL DEFAULT 0", "-"), ("visible", "SMALLINT NOT NULL DEFAULT 1", "-"),
            ("timecreated", "BIGINT NOT NULL DEFAULT 0", "-"), ("timemodified", "BIGINT NOT NULL DEFAULT 0", "-")], course),
        Table("mdl_user_info_data", 700, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("userid", "BIGINT NOT NULL DEFAULT 0 REFERENCES mdl_user(id)", "fk"),
            ("fieldid", "BIGINT NOT NULL DEFAULT 0", "-"), ("data", "TEXT NOT NULL", "other"), ("dataformat", "SMALLINT NOT NULL DEFAULT 0", "-")], info),
        Table("mdl_forum_discussions", n_disc, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("course", "BIGINT NOT NULL DEFAULT 0 REFERENCES mdl_course(id)", "fk"),
            ("forum", "BIGINT NOT NULL DEFAULT 0", "-"), ("name", "VARCHAR(255) NOT NULL DEFAULT ''", "free_text"),
            ("firstpost", "BIGINT NOT NULL DEFAULT 0 REFERENCES mdl_forum_posts(id)", "fk"), ("userid", "BIGINT NOT NULL DEFAULT 0 REFERENCES mdl_user(id)", "fk"),
            ("groupid", "BIGINT NOT NULL DEFAULT -1", "-"), ("assessed", "SMALLINT NOT NULL DEFAULT 1", "-"), ("timemodified", "BIGINT NOT NULL DEFAULT 0", "-"),
            ("usermodified", "BIGINT NOT NULL DEFAULT 0 REFERENCES mdl_user(id)", "fk"), ("timestart", "BIGINT NOT NULL DEFAULT 0", "-"),
            ("timeend", "BIGINT NOT NULL DEFAULT 0", "-"), ("pinned", "SMALLINT NOT NULL DEFAULT 0", "-"), ("timelocked", "BIGINT NOT NULL DEFAULT 0", "-")], discussion),
        Table("mdl_forum_posts", n_post, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("discussion", "BIGINT NOT NULL DEFAULT 0 REFERENCES mdl_forum_discussions(id)", "fk"),
            ("parent", "BIGINT NOT NULL DEFAULT 0 REFERENCES mdl_forum_posts(id)", "fk"), ("userid", "BIGINT NOT NULL DEFAULT 0 REFERENCES mdl_user(id)", "fk"),
            ("created", "BIGINT NOT NULL DEFAULT 0", "-"), ("modified", "BIGINT NOT NULL DEFAULT 0", "-"), ("mailed", "SMALLINT NOT NULL DEFAULT 0", "-"),
            ("subject", "VARCHAR(255) NOT NULL DEFAULT ''", "free_text"), ("message", "TEXT NOT NULL", "free_text"),
            ("messageformat", "SMALLINT NOT NULL DEFAULT 0", "-"), ("messagetrust", "SMALLINT NOT NULL DEFAULT 0", "-"),
            ("attachment", "VARCHAR(100) NOT NULL DEFAULT ''", "-"), ("totalscore", "SMALLINT NOT NULL DEFAULT 0", "-"),
            ("mailnow", "BIGINT NOT NULL DEFAULT 0", "-"), ("deleted", "SMALLINT NOT NULL DEFAULT 0", "-"),
            ("privatereplyto", "BIGINT NOT NULL DEFAULT 0 REFERENCES mdl_user(id)", "fk"), ("wordcount", "BIGINT", "-"), ("charcount", "BIGINT", "-")], post),
        Table("mdl_grade_grades", 1300, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("itemid", "BIGINT NOT NULL", "-"), ("userid", "BIGINT NOT NULL REFERENCES mdl_user(id)", "fk"),
            ("rawgrade", "NUMERIC(10,5)", "-"), ("rawgrademax", "NUMERIC(10,5) NOT NULL DEFAULT 100", "-"), ("rawgrademin", "NUMERIC(10,5) NOT NULL DEFAULT 0", "-"),
            ("rawscaleid", "BIGINT", "-"), ("usermodified", "BIGINT REFERENCES mdl_user(id)", "fk"), ("finalgrade", "NUMERIC(10,5)", "-"),
            ("hidden", "BIGINT NOT NULL DEFAULT 0", "-"), ("locked", "BIGINT NOT NULL DEFAULT 0", "-"), ("locktime", "BIGINT NOT NULL DEFAULT 0", "-"),
            ("exported", "BIGINT NOT NULL DEFAULT 0", "-"), ("overridden", "BIGINT NOT NULL DEFAULT 0", "-"), ("excluded", "BIGINT NOT NULL DEFAULT 0", "-"),
            ("feedback", "TEXT", "free_text"), ("feedbackformat", "BIGINT NOT NULL DEFAULT 0", "-"), ("information", "TEXT", "free_text"),
            ("informationformat", "BIGINT NOT NULL DEFAULT 0", "-"), ("timecreated", "BIGINT", "-"), ("timemodified", "BIGINT", "-"),
            ("aggregationstatus", "VARCHAR(10) NOT NULL DEFAULT 'unknown'", "-"), ("aggregationweight", "NUMERIC(10,5)", "-")], grade),
        Table("mdl_logstore_standard_log", 1600, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("eventname", "VARCHAR(255) NOT NULL DEFAULT ''", "-"), ("component", "VARCHAR(100) NOT NULL DEFAULT ''", "-"),
            ("action", "VARCHAR(100) NOT NULL DEFAULT ''", "-"), ("target", "VARCHAR(100) NOT NULL DEFAULT ''", "-"), ("objecttable", "VARCHAR(50)", "-"),
            ("objectid", "BIGINT", "-"), ("crud", "VARCHAR(1) NOT NULL DEFAULT ''", "-"), ("edulevel", "SMALLINT NOT NULL", "-"),
            ("contextid", "BIGINT NOT NULL", "-"), ("contextlevel", "BIGINT NOT NULL", "-"), ("contextinstanceid", "BIGINT NOT NULL", "-"),
            ("userid", "BIGINT NOT NULL REFERENCES mdl_user(id)", "fk"), ("courseid", "BIGINT REFERENCES mdl_course(id)", "fk"),
            ("relateduserid", "BIGINT REFERENCES mdl_user(id)", "fk"), ("anonymous", "SMALLINT NOT NULL DEFAULT 0", "-"), ("other", "TEXT", "other"),
            ("timecreated", "BIGINT NOT NULL", "-"), ("origin", "VARCHAR(10)", "-"), ("ip", "VARCHAR(45)", "ip_address"),
            ("realuserid", "BIGINT REFERENCES mdl_user(id)", "fk")], log),
        Table("mdl_messages", 420, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("useridfrom", "BIGINT NOT NULL REFERENCES mdl_user(id)", "fk"), ("conversationid", "BIGINT NOT NULL", "-"),
            ("subject", "TEXT", "free_text"), ("fullmessage", "TEXT", "free_text"), ("fullmessageformat", "SMALLINT NOT NULL DEFAULT 0", "-"),
            ("fullmessagehtml", "TEXT", "free_text"), ("smallmessage", "TEXT", "free_text"), ("timecreated", "BIGINT NOT NULL DEFAULT 0", "-"),
            ("customdata", "TEXT", "-")], message),
        Table("mdl_assignsubmission_onlinetext", 300, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("assignment", "BIGINT NOT NULL DEFAULT 0", "-"), ("submission", "BIGINT NOT NULL DEFAULT 0", "-"),
            ("onlinetext", "TEXT", "free_text"), ("onlineformat", "SMALLINT NOT NULL DEFAULT 0", "-")], onlinetext),
        Table("mdl_sessions", 0, [
            ("id", "INTEGER PRIMARY KEY", "-"), ("state", "BIGINT NOT NULL DEFAULT 0", "-"), ("sid", "VARCHAR(128) NOT NULL DEFAULT ''", "other"),
            ("userid", "BIGINT NOT NULL REFERENCES mdl_user(id)", "fk"), ("sessdata", "TEXT", "other"), ("timecreated", "BIGINT NOT NULL", "-"),
            ("timemodified", "BIGINT NOT NULL", "-"), ("firstip", "VARCHAR(45)", "ip_address"), ("lastip", "VARCHAR(45)", "ip_address")], None),
    ]
    return "moodle_lms", tables, g


# ========================================================================================================
# 3. corebank: a US regional bank with a life-insurance arm, as a mainframe (COBOL copybook) extract: terse
#    upper-case abbreviations (CUST_NM, CUST_DOB as YYYYMMDD, CUST_SSN, ACCT_NBR, BR_CD, ADDR_LN1, ZIP5,
#    HM_PH_NBR), policy holders, beneficiaries and claims with narrative text.
# ========================================================================================================
US_PLACES = [("AUSTIN", "TX", "787", ["512", "737"]), ("SAN ANTONIO", "TX", "782", ["210"]), ("HOUSTON", "TX", "770", ["713", "832"]),
             ("EL PASO", "TX", "799", ["915"]), ("LUBBOCK", "TX", "794", ["806"]), ("TULSA", "OK", "741", ["918"]),
             ("OKLAHOMA CITY", "OK", "731", ["405"]), ("SHREVEPORT", "LA", "711", ["318"]), ("LITTLE ROCK", "AR", "722", ["501"]),
             ("ALBUQUERQUE", "NM", "871", ["505"]), ("LAS CRUCES", "NM", "880", ["575"]), ("DENVER", "CO", "802", ["303", "720"]),
             ("WICHITA", "KS", "672", ["316"]), ("BATON ROUGE", "LA", "708", ["225"]), ("TEXARKANA", "AR", "718", ["870"]),
             ("ROUND ROCK", "TX", "786", ["512"]), ("MIDLAND", "TX", "797", ["432"]), ("NORMAN", "OK", "730", ["405"])]
US_STREETS = ["MAIN", "ELM", "OAK", "PECAN", "MESQUITE", "BLUEBONNET", "LAMAR", "CONGRESS", "GUADALUPE", "CEDAR", "WILLOW", "RIDGE",
              "LAKEVIEW", "RANCH RD 620", "FM 1960", "HWY 290", "MAPLE", "WASHINGTON", "LINCOLN", "SUNSET", "PRAIRIE", "COTTONWOOD"]
US_SUFFIX = ["ST", "AVE", "RD", "DR", "LN", "BLVD", "CT", "PKWY", "CIR", "TRL", "WAY", ""]
US_MAIL = ["GMAIL.COM", "YAHOO.COM", "HOTMAIL.COM", "AOL.COM", "SBCGLOBAL.NET", "ATT.NET", "OUTLOOK.COM", "ICLOUD.COM", "COX.NET"]
US_MIX = ["en_us"] * 8 + ["us_hispanic"] * 4 + ["us_asian"]


def ssn(g):
    while True:
        area = g.r.randint(1, 899)
        if area != 666:
            return f"{area:03d}{g.r.randint(1, 99):02d}{g.r.randint(1, 9999):04d}"


def aba(g):
    while True:
        n = g.pick(["1110", "1119", "1030", "0650", "0820", "1070", "3110", "3140"]) + g.digits(5)
        if aba_ok(n):
            return n


def us_addr(g):
    city, st, z3, areas = g.pick(US_PLACES)
    line1 = f"{g.r.randint(100, 19999)} {g.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}{g.pick(US_STREETS)} {g.pick(US_SUFFIX)}".strip()
    if g.r.random() < 0.08:
        line1 = f"PO BOX {g.r.randint(1, 9999)}"
    line2 = g.some(0.2, g.pick(["APT ", "UNIT ", "STE ", "# ", "LOT "]) + str(g.r.randint(1, 450)) + g.pick(["", "", "B"]))
    return {"l1": line1, "l2": line2, "city": city, "st": st, "zip5": z3 + g.digits(2), "zip4": g.some(0.6, g.digits(4)), "area": g.pick(areas)}


def us_phone10(g, area):
    return f"{area}{g.r.randint(2, 9)}{g.digits(2)}{g.digits(4)}"


def yyyymmdd(d):
    return int(d.replace("-", ""))


def corebank():
    g = Gen(3303)
    n_cust, n_acct, n_br, n_emp, n_agt, n_pol = 700, 900, 200, 320, 210, 520
    custs = []
    for i in range(n_cust):
        p = g.person(g.pick(US_MIX))
        p["mid"] = g.some(0.7, g.pick(UPPER.replace("Q", "").replace("X", "")))
        p["dob"] = g.date(1934, 2006)
        custs.append(p)
    emps = [g.person(g.pick(US_MIX)) for _ in range(n_emp)]
    racf = lambda p: (slug(p["last"])[:6] + slug(p["first"])[0] + str(g.r.randint(1, 9))).upper()
    emp_racf = [racf(p) for p in emps]

    def up(s):
        return fold(s).upper()

    def cust(g, i):
        p = custs[i - 1]
        a = us_addr(g)
        occ = g.pick(["15-1252", "29-1141", "41-2031", "47-2111", "25-2021", "53-3032", "11-1021", "43-4051", "00-0000", "99-9999"])
        return [f"{i * 37 + 1000000:010d}", g.pick(["I"] * 9 + ["B"]),
                f"{up(p['last'])}, {up(p['first'])}{' ' + p['mid'] if p['mid'] else ''}", up(p["first"]), p["mid"] or " ", up(p["last"]),
                g.pick(["", "", "", "", "", "", "JR", "SR", "III", "II"]), yyyymmdd(p["dob"]), ssn(g), g.pick(["S"] * 20 + ["I"]),
                "F" if p["female"] else "M", g.pick(["M", "S", "D", "W", "U"]), up(g.person(g.pick(US_MIX))["last"]),
                a["l1"], a["l2"] or "", a["city"], a["st"], a["zip5"], a["zip4"] or "", g.pick(["US"] * 30 + ["MX", "CA"]),
                g.some(0.5, us_phone10(g, a["area"])) or "", g.some(0.85, us_phone10(g, a["area"])) or "",
                g.some(0.8, g.email(p["first"], p["last"], US_MAIL).upper()) or "",
                g.pick(["DELL TECHNOLOGIES", "H-E-B", "AUSTIN ISD", "SELF EMPLOYED", "RETIRED", "BAYLOR SCOTT & WHITE", "SAMSUNG AUSTIN SEMICONDUCTOR",
                        "CITY OF TULSA", "WALMART INC", "US ARMY", "SOUTHWEST AIRLINES", "", "UNEMPLOYED", "ST DAVIDS MEDICAL CTR"]),
                occ, g.r.randint(0, 250) * 1000, g.pick([g.pick(UPPER) + g.digits(7), g.digits(8), g.digits(9)]),
                g.pick(["TX", "TX", "TX", "OK", "LA", "NM", "AR", "CO"]), yyyymmdd(g.date(1985, 2025)), g.pick(["L", "L", "L", "M", "H"]),
                g.some(0.6, g.email_local(p["first"], p["last"]).upper()[:16]) or "", g.pick(emp_racf), g.ts(2020, 2025, "-").replace(":", ".") + ".000000"]

    def acct(g, i):
        cid = g.r.randint(1, n_cust)
        jp = g.person(g.pick(US_MIX)) if g.r.random() < 0.15 else None
        opened = yyyymmdd(g.date(1990, 2025))
        return [g.pick(["1", "2", "3", "4", "5", "6", "7", "8"]) + f"{i * 7 + 10000:06d}" + g.digits(3), f"{cid * 37 + 1000000:010d}",
                g.pick(["DDA01", "DDA02", "SAV10", "MMA20", "CD012", "CD060", "HELOC"]), f"{g.r.randint(1, n_br) * 3 + 100:04d}", opened,
                g.pick([0] * 6 + [yyyymmdd(g.date(2015, 2025))]), round(g.r.uniform(-500, 85000), 2), round(g.r.uniform(0, 85000), 2),
                round(g.r.uniform(0, 5.25), 4), g.pick(["A", "A", "A", "D", "C", "F"]), aba(g), g.pick(["01", "15", "28", "M"]),
                f"{fold(jp['first']).upper()} {fold(jp['last']).upper()}" if jp else "", g.pick([0, 0, 500, 1000, 2500])]

    acct_nbrs = []

    def acct_row(g, i):
        row = acct(g, i)
        acct_nbrs.append(row[0])
        return row

    def branch(g, i):
        a = us_addr(g)
        return [f"{i * 3 + 100:04d}", f"{a['city']} {g.pick(['NORTH', 'SOUTH', 'DOWNTOWN', 'WEST', 'MAIN', 'PLAZA', 'MEDICAL CTR'])}",
                a["l1"], a["city"], a["st"], a["zip5"], us_phone10(g, a["area"]), g.pick(["CTX", "STX", "NOK", "NLA", "WTX"]),
                yyyymmdd(g.date(1952, 2022)), g.r.randint(1, n_emp) + 40000]

    TITLES = ["TELLER I", "TELLER II", "HEAD TELLER", "PERS BANKER", "BR MGR", "ASST BR MGR", "LOAN OFCR", "CLAIMS ADJSTR",
              "SR CLAIMS ADJSTR", "BSA ANALYST", "CALL CTR REP", "VP COMM LENDING"]

    def emp(g, i):
        p = emps[i - 1]
        return [i + 40000, f"{up(p['last'])}, {up(p['first'])}", g.pick(TITLES), f"{g.r.randint(1, n_br) * 3 + 100:04d}",
                yyyymmdd(g.date(1990, 2025)), emp_racf[i - 1], f"{slug(p['first'])}.{slug(p['last'])}@lonestarfcu.com".upper(),
                g.digits(4)]

    SHOPS = ["HEB #0412 AUSTIN TX", "WAL-MART #1183 TULSA OK", "SHELL OIL 57442 HOUSTON TX", "WHATABURGER 221", "AMAZON MKTPLACE PMTS",
             "NETFLIX.COM", "CVS/PHARMACY #7730", "BUC-EE'S #34", "SPOTIFY USA", "TXU ENERGY", "AT&T WIRELESS"]

    def txn(g, i):
        kind = g.r.random()
        other = g.person(g.pick(US_MIX))
        if kind < 0.5:
            desc, cp = f"POS PURCHASE {g.pick(SHOPS)}", None
        elif kind < 0.65:
            desc, cp = f"ZELLE {g.pick(['FROM', 'TO'])} {up(other['first'])} {up(other['last'])} ON {g.date(2024, 2025)[5:].replace('-', '/')}", None
        elif kind < 0.75:
            desc, cp = f"ACH CREDIT {g.pick(['DELL PAYROLL', 'SSA TREAS 310 XXSOC SEC', 'IRS TREAS 310 TAX REF', 'HEB PAYROLL'])}", None
        elif kind < 0.85:
            desc, cp = f"WIRE OUT BNF {up(other['first'])} {up(other['last'])} REF {g.digits(10)}", g.digits(g.r.randint(8, 12))
        elif kind < 0.93:
            desc, cp = f"CHECK {g.r.randint(1001, 4999)}", None
        else:
            desc, cp = "ATM WITHDRAWAL " + g.pick(["CONGRESS AVE", "N LAMAR", "71ST ST TULSA"]), None
        return [i, g.pick(acct_nbrs), yyyymmdd(g.date(2024, 2025)), yyyymmdd(g.date(2024, 2025)), g.pick(["101", "102", "201", "305", "410", "512"]),
                round(g.r.uniform(1, 4000), 2), g.pick(["D", "D", "D", "C"]), desc, g.some(0.08, g.r.randint(1001, 4999)),
                cp or "", aba(g) if cp else "", g.some(0.15, g.r.randint(1, n_emp) + 40000), g.pick(["BR", "ATM", "OLB", "ACH", "POS", "MOB"])]

    def card(g, i):
        acct_no = g.pick(acct_nbrs)
        p = g.pick(custs)
        return [g.luhn_number(g.pick(["4", "4", "5" + str(g.r.randint(1, 5))]), 16), acct_no,
                f"{up(p['first'])} {p['mid'] + ' ' if p['mid'] else ''}{up(p['last'])}"[:26], f"{g.r.randint(1, 12):02d}{g.r.randint(26, 31)}",
                g.pick(["A", "A", "A", "L", "S", "C"]), yyyymmdd(g.date(2021, 2025)), g.digits(4), yyyymmdd(g.date(2024, 2025))]

    def agent(g, i):
        p = g.person(g.pick(US_MIX))
        a = us_addr(g)
        return [f"A{i + 5000:05d}", f"{up(p['first'])} {up(p['last'])}", g.pick(["", g.pick(UPPER)]) + g.digits(g.r.randint(7, 9)),
                g.email(p["first"], p["last"], ["LSFLIFE.COM", "GMAIL.COM", "FARMBUREAUAGENTS.COM"]).upper(), us_phone10(g, a["area"]),
                g.pick(["LONE STAR FINANCIAL AGENCY", f"{up(p['last'])} INSURANCE GROUP", "PRAIRIE LIFE BROKERS LLC", "INDEPENDENT"]),
                g.digits(g.r.randint(6, 8))]

    def policy(g, i):
        cid = g.r.randint(1, n_cust)
        p = custs[cid - 1]
        insured = p if g.r.random() < 0.7 else {**g.person(p["culture"]), "dob": g.date(1940, 2020)}
        return [f"LF{i * 13 + 40000000:08d}", f"{cid * 37 + 1000000:010d}", g.pick(["TRM20", "TRM30", "WL100", "UL01", "FE10K"]),
                yyyymmdd(g.date(2005, 2025)), yyyymmdd(g.date(2005, 2025)), g.pick([0, yyyymmdd(g.date(2030, 2055))]),
                g.pick([10000, 25000, 100000, 250000, 500000, 1000000]), round(g.r.uniform(9, 480), 2), g.pick(["IF", "IF", "IF", "LP", "SU", "DC"]),
                f"A{g.r.randint(1, n_agt) + 5000:05d}", f"{up(insured['last'])}, {up(insured['first'])}", yyyymmdd(insured["dob"]),
                g.pick(["N", "N", "N", "Y"]), g.pick(["PP", "PF", "ST", "SM", "TB"])]

    def bene(g, i):
        pol = g.r.randint(1, n_pol)
        p = g.person(g.pick(US_MIX))
        a = us_addr(g)
        return [i, f"LF{pol * 13 + 40000000:08d}", f"{up(p['first'])} {up(p['last'])}", g.pick(["SP", "CH", "CH", "PA", "SB", "ES", "TR", "OT"]),
                g.some(0.8, yyyymmdd(g.date(1940, 2023))), g.some(0.7, ssn(g)) or "", g.pick([100, 50, 50, 33, 34, 25]),
                g.pick(["P", "P", "C"]), a["l1"], a["city"], a["st"], a["zip5"], g.some(0.7, us_phone10(g, a["area"])) or ""]

    LOSS = ["INSURED {name} PASSED AWAY AT HOME ON {d}. DEATH CERT RECVD. SPOUSE {ben} IS PRIMARY BENE, CALLED FROM {ph}.",
            "INSD DIAGNOSED W/ STAGE 4 CANCER, ACCEL DEATH BENEFIT REQUESTED BY DAUGHTER {ben}.", "MVA ON I-35 NB NEAR EXIT 240. INSD HOSPITALIZED AT ST DAVIDS.",
            "WAIVER OF PREMIUM - DISABILITY. INSD UNABLE TO WORK SINCE {d}, ATTENDING PHYS DR {doc}.",
            "DEATH CLAIM. CONTESTABLE PERIOD, MISREP OF TOBACCO USE SUSPECTED. REQ MEDICAL RECORDS.", "DUPLICATE CLAIM - SEE PRIOR CLM."]
    NOTES = ["SPOKE W/ CLMT, ADVISED DOCS NEEDED: DC, CLAIMANT STMT, W-9.", "CLMT {ben} REQ CHECK MAILED TO NEW ADDR {addr}.",
             "APPROVED PER SR ADJSTR. PAYMENT ISSUED.", "LVM FOR CLMT AT {ph}. 2ND ATTEMPT.", "DENIED - POLICY LAPSED {d}.", ""]

    def claim(g, i):
        pol = g.r.randint(1, n_pol)
        c = g.person(g.pick(US_MIX))
        a = us_addr(g)
        ph = us_phone10(g, a["area"])
        fill = dict(name=f"{up(g.person('en_us')['first'])} {up(c['last'])}", ben=f"{up(c['first'])} {up(c['last'])}", d=g.date(2022, 2025),
                    ph=ph, doc=up(g.person(g.pick(US_MIX))["last"]), addr=f"{a['l1']} {a['city']} {a['st']} {a['zip5']}")
        amt = g.pick([10000, 25000, 100000, 250000, 500000])
        return [f"C{i + 900000:07d}", f"LF{pol * 13 + 40000000:08d}", yyyymmdd(g.date(2022, 2025)), yyyymmdd(g.date(2022, 2025)),
                g.pick(["DTH", "DTH", "ADB", "WOP", "ACC"]), amt, g.pick([0, amt]), g.pick(["O", "P", "C", "D", "R"]),
                g.r.randint(1, n_emp) + 40000, fill["ben"], ph, g.pick(LOSS).format(**fill), g.pick(NOTES).format(**fill)]

    tables = [
        Table("CUST_MSTR", n_cust, [
            ("CUST_ID", "CHAR(10) PRIMARY KEY", "-"), ("CUST_TYP_CD", "CHAR(1)", "-"), ("CUST_NM", "CHAR(40)", "name"),
            ("CUST_FRST_NM", "CHAR(20)", "first_name"), ("CUST_MID_INIT", "CHAR(1)", "first_name"), ("CUST_LST_NM", "CHAR(25)", "last_name"),
            ("CUST_SFX_NM", "CHAR(4)", "courtesy_title"), ("CUST_DOB", "DECIMAL(8,0)", "date_of_birth"), ("CUST_SSN", "CHAR(9)", "national_id"),
            ("TIN_TYP_CD", "CHAR(1)", "-"), ("SEX_CD", "CHAR(1)", "-"), ("MRTL_STAT_CD", "CHAR(1)", "-"), ("MTHR_MDN_NM", "CHAR(25)", "last_name"),
            ("ADDR_LN1", "CHAR(35)", "street_address"), ("ADDR_LN2", "CHAR(35)", "street_address"), ("CITY_NM", "CHAR(25)", "city"),
            ("ST_CD", "CHAR(2)", "state"), ("ZIP5", "CHAR(5)", "postcode"), ("ZIP4", "CHAR(4)", "postcode"), ("CNTRY_CD", "CHAR(2)", "country"),
            ("HM_PH_NBR", "CHAR(10)", "phone"), ("CELL_PH_NBR", "CHAR(10)", "phone"), ("EMAIL_ADDR", "VARCHAR(60)", "email"),
            ("EMPLR_NM", "CHAR(35)", "company"), ("OCCP_CD", "CHAR(7)", "-"), ("ANNL_INCM_AMT", "DECIMAL(11,2)", "-"),
            ("DRVR_LIC_NBR", "CHAR(15)", "national_id"), ("DRVR_LIC_ST_CD", "CHAR(2)", "-"), ("CUST_SINCE_DT", "DECIMAL(8,0)", "-"),
            ("KYC_RISK_CD", "CHAR(1)", "-"), ("OLB_USER_ID", "CHAR(16)", "username"), ("LAST_MAINT_USER", "CHAR(8)", "username"),
            ("LAST_MAINT_TS", "CHAR(26)", "-")], cust),
        Table("BR_MSTR", n_br, [
            ("BR_CD", "CHAR(4) PRIMARY KEY", "-"), ("BR_NM", "CHAR(30)", "-"), ("BR_ADDR_LN1", "CHAR(35)", "-"), ("BR_CITY_NM", "CHAR(25)", "-"),
            ("BR_ST_CD", "CHAR(2)", "-"), ("BR_ZIP5", "CHAR(5)", "-"), ("BR_PH_NBR", "CHAR(10)", "-"), ("RGN_CD", "CHAR(3)", "-"),
            ("BR_OPEN_DT", "DECIMAL(8,0)", "-"), ("BR_MGR_EMP_ID", "INTEGER REFERENCES EMP_MSTR(EMP_ID)", "fk")], branch),
        Table("EMP_MSTR", n_emp, [
            ("EMP_ID", "INTEGER PRIMARY KEY", "-"), ("EMP_NM", "CHAR(40)", "name"), ("EMP_TTL", "CHAR(20)", "job_title"),
            ("BR_CD", "CHAR(4) REFERENCES BR_MSTR(BR_CD)", "fk"), ("HIRE_DT", "DECIMAL(8,0)", "-"), ("RACF_ID", "CHAR(8)", "username"),
            ("EMP_EMAIL", "VARCHAR(60)", "email"), ("EMP_PH_EXT", "CHAR(4)", "-")], emp),
        Table("ACCT_MSTR", n_acct, [
            ("ACCT_NBR", "CHAR(12) PRIMARY KEY", "account_number"), ("CUST_ID", "CHAR(10) REFERENCES CUST_MSTR(CUST_ID)", "fk"),
            ("PROD_CD", "CHAR(5)", "-"), ("BR_CD", "CHAR(4) REFERENCES BR_MSTR(BR_CD)", "fk"), ("OPEN_DT", "DECIMAL(8,0)", "-"),
            ("CLS_DT", "DECIMAL(8,0)", "-"), ("CUR_BAL", "DECIMAL(13,2)", "-"), ("AVAIL_BAL", "DECIMAL(13,2)", "-"), ("INT_RT", "DECIMAL(7,4)", "-"),
            ("ACCT_STAT_CD", "CHAR(1)", "-"), ("RTNG_NBR", "CHAR(9)", "-"), ("STMT_CYC_CD", "CHAR(2)", "-"), ("JNT_OWNR_NM", "CHAR(40)", "name"),
            ("OD_LMT_AMT", "DECIMAL(9,2)", "-")], acct_row),
        Table("DDA_TXN_HIST", 1600, [
            ("TXN_SEQ_NBR", "INTEGER PRIMARY KEY", "-"), ("ACCT_NBR", "CHAR(12) REFERENCES ACCT_MSTR(ACCT_NBR)", "fk"),
            ("TXN_DT", "DECIMAL(8,0)", "-"), ("PSTG_DT", "DECIMAL(8,0)", "-"), ("TXN_CD", "CHAR(3)", "-"), ("TXN_AMT", "DECIMAL(13,2)", "-"),
            ("DR_CR_IND", "CHAR(1)", "-"), ("TXN_DESC", "CHAR(60)", "free_text"), ("CHK_NBR", "INTEGER", "-"),
            ("CNTRPTY_ACCT_NBR", "CHAR(17)", "account_number"), ("CNTRPTY_RTNG_NBR", "CHAR(9)", "-"),
            ("TLR_EMP_ID", "INTEGER REFERENCES EMP_MSTR(EMP_ID)", "fk"), ("CHNL_CD", "CHAR(3)", "-")], txn),
        Table("CARD_MSTR", 450, [
            ("CARD_NBR", "CHAR(16) PRIMARY KEY", "account_number"), ("ACCT_NBR", "CHAR(12) REFERENCES ACCT_MSTR(ACCT_NBR)", "fk"),
            ("EMBSS_NM", "CHAR(26)", "name"), ("EXPR_DT", "CHAR(4)", "-"), ("CARD_STAT_CD", "CHAR(1)", "-"), ("ISS_DT", "DECIMAL(8,0)", "-"),
            ("PIN_OFST", "CHAR(4)", "other"), ("LAST_USED_DT", "DECIMAL(8,0)", "-")], card),
        Table("INS_AGT", n_agt, [
            ("AGT_NBR", "CHAR(6) PRIMARY KEY", "-"), ("AGT_NM", "CHAR(40)", "name"), ("AGT_LIC_NBR", "CHAR(10)", "other"),
            ("AGT_EMAIL", "VARCHAR(60)", "email"), ("AGT_PH_NBR", "CHAR(10)", "phone"), ("AGCY_NM", "CHAR(40)", "company"),
            ("AGT_NPN", "CHAR(10)", "other")], agent),
        Table("INS_POL", n_pol, [
            ("POL_NBR", "CHAR(10) PRIMARY KEY", "-"), ("POLHLDR_CUST_ID", "CHAR(10) REFERENCES CUST_MSTR(CUST_ID)", "fk"),
            ("PROD_CD", "CHAR(5)", "-"), ("ISS_DT", "DECIMAL(8,0)", "-"), ("EFF_DT", "DECIMAL(8,0)", "-"), ("EXPR_DT", "DECIMAL(8,0)", "-"),
            ("FACE_AMT", "DECIMAL(11,2)", "-"), ("MO_PREM_AMT", "DECIMAL(9,2)", "-"), ("POL_STAT_CD", "CHAR(2)", "-"),
            ("AGT_NBR", "CHAR(6) REFERENCES INS_AGT(AGT_NBR)", "fk"), ("INSD_NM", "CHAR(40)", "name"), ("INSD_DOB", "DECIMAL(8,0)", "date_of_birth"),
            ("TOBACCO_IND", "CHAR(1)", "-"), ("UW_CLASS_CD", "CHAR(2)", "-")], policy),
        Table("INS_BENE", 620, [
            ("BENE_ID", "INTEGER PRIMARY KEY", "-"), ("POL_NBR", "CHAR(10) REFERENCES INS_POL(POL_NBR)", "fk"), ("BENE_NM", "CHAR(40)", "name"),
            ("BENE_RLTN_CD", "CHAR(2)", "-"), ("BENE_DOB", "DECIMAL(8,0)", "date_of_birth"), ("BENE_SSN", "CHAR(9)", "national_id"),
            ("BENE_PCT", "DECIMAL(5,2)", "-"), ("BENE_TYP_CD", "CHAR(1)", "-"), ("BENE_ADDR_LN1", "CHAR(35)", "street_address"),
            ("BENE_CITY_NM", "CHAR(25)", "city"), ("BENE_ST_CD", "CHAR(2)", "state"), ("BENE_ZIP5", "CHAR(5)", "postcode"),
            ("BENE_PH_NBR", "CHAR(10)", "phone")], bene),
        Table("INS_CLM", 420, [
            ("CLM_NBR", "CHAR(8) PRIMARY KEY", "-"), ("POL_NBR", "CHAR(10) REFERENCES INS_POL(POL_NBR)", "fk"), ("LOSS_DT", "DECIMAL(8,0)", "-"),
            ("RPT_DT", "DECIMAL(8,0)", "-"), ("CLM_TYP_CD", "CHAR(3)", "-"), ("CLM_AMT", "DECIMAL(11,2)", "-"), ("PD_AMT", "DECIMAL(11,2)", "-"),
            ("CLM_STAT_CD", "CHAR(1)", "-"), ("ADJSTR_EMP_ID", "INTEGER REFERENCES EMP_MSTR(EMP_ID)", "fk"), ("CLMT_NM", "CHAR(40)", "name"),
            ("CLMT_PH_NBR", "CHAR(10)", "phone"), ("LOSS_DESC_TXT", "VARCHAR(250)", "free_text"), ("ADJ_NOTES_TXT", "VARCHAR(250)", "free_text")], claim),
        Table("SAR_CASE", 0, [
            ("SAR_ID", "INTEGER PRIMARY KEY", "-"), ("CUST_ID", "CHAR(10) REFERENCES CUST_MSTR(CUST_ID)", "fk"), ("FILE_DT", "DECIMAL(8,0)", "-"),
            ("SUBJ_NM", "CHAR(40)", "name"), ("SUBJ_SSN", "CHAR(9)", "national_id"), ("SUBJ_DOB", "DECIMAL(8,0)", "date_of_birth"),
            ("SUSP_AMT", "DECIMAL(13,2)", "-"), ("NARR_TXT", "VARCHAR(4000)", "free_text"),
            ("FILER_EMP_ID", "INTEGER REFERENCES EMP_MSTR(EMP_ID)", "fk")], None),
    ]
    return "corebank", tables, g


# ========================================================================================================
# 4. telco_bss: a South African mobile operator's billing and support store: accounts with RSA ID numbers
#    (Luhn) and RICA status, subscribers with MSISDN, IMSI, ICCID (Luhn) and IMEI (Luhn), voice CDRs with
#    calling and called numbers in E.164 without the plus, data sessions with the framed IP, tickets.
# ========================================================================================================
ZA_PLACES = [("Johannesburg", "Gauteng", [("Orlando West", "1804"), ("Braamfontein", "2001"), ("Sandton", "2196"), ("Randburg", "2194"),
                                          ("Alexandra", "2090"), ("Diepsloot", "2189"), ("Melville", "2092")]),
             ("Pretoria", "Gauteng", [("Hatfield", "0083"), ("Mamelodi East", "0122"), ("Soshanguve", "0152"), ("Centurion", "0157")]),
             ("Cape Town", "Western Cape", [("Sea Point", "8005"), ("Khayelitsha", "7784"), ("Observatory", "7925"), ("Bellville", "7530"),
                                            ("Mitchells Plain", "7785"), ("Gugulethu", "7750")]),
             ("Stellenbosch", "Western Cape", [("Die Boord", "7600"), ("Kayamandi", "7600")]),
             ("Durban", "KwaZulu-Natal", [("Umlazi", "4031"), ("Berea", "4001"), ("Umhlanga", "4319"), ("Chatsworth", "4092"), ("KwaMashu", "4360")]),
             ("Pietermaritzburg", "KwaZulu-Natal", [("Scottsville", "3201"), ("Edendale", "3217")]),
             ("Gqeberha", "Eastern Cape", [("Summerstrand", "6001"), ("New Brighton", "6200")]), ("East London", "Eastern Cape", [("Mdantsane", "5219")]),
             ("Bloemfontein", "Free State", [("Westdene", "9301"), ("Mangaung", "9323")]), ("Polokwane", "Limpopo", [("Seshego", "0742"), ("Bendor", "0699")]),
             ("Mbombela", "Mpumalanga", [("Sonheuwel", "1200"), ("KaNyamazane", "1214")]), ("Kimberley", "Northern Cape", [("Galeshewe", "8345")]),
             ("Rustenburg", "North West", [("Tlhabane", "0309"), ("Waterfall East", "0299")])]
ZA_STREETS = ["Vilakazi", "Long", "Jan Smuts", "Florida", "Beach", "Church", "Voortrekker", "Nelson Mandela", "Steve Biko", "Oxford",
              "Main", "Malibongwe", "Solomon Mahlangu", "Bree", "Sisulu", "Umgeni", "Rivonia", "Klipfontein", "Govan Mbeki", "Buitenkant"]
ZA_MAIL = ["gmail.com", "yahoo.com", "outlook.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "icloud.com", "vodamail.co.za", "hotmail.com"]
ZA_MIX = ["za_nguni"] * 5 + ["za_sotho"] * 3 + ["za_afr"] * 2 + ["za_other"] * 2
ZA_BANKS = [("Capitec Bank", "470010"), ("FNB", "250655"), ("Standard Bank", "051001"), ("Absa", "632005"), ("Nedbank", "198765"), ("TymeBank", "678910")]


def za_id(g, birth, female):
    seq = g.r.randint(0, 4999) if female else g.r.randint(5000, 9999)
    body = birth[2:4] + birth[5:7] + birth[8:10] + f"{seq:04d}" + g.pick("0000001") + "8"
    return body + luhn_digit(body)


def za_mobile(g):
    return g.pick(["82", "83", "72", "73", "76", "79", "60", "61", "71", "81", "84", "63"]) + g.digits(7)


def za_phone(g, shape=None):
    n = za_mobile(g) if g.r.random() < 0.85 else g.pick(["11", "12", "21", "31", "41", "51"]) + g.digits(7)
    shape = shape or g.pick(["local", "local", "spaced", "plus", "e164"])
    return {"local": "0" + n, "spaced": f"0{n[:2]} {n[2:5]} {n[5:]}", "plus": f"+27 {n[:2]} {n[2:5]} {n[5:]}", "e164": "27" + n}[shape]


def za_address(g):
    city, prov, subs = g.pick(ZA_PLACES)
    sub, pc = g.pick(subs)
    r = g.r.random()
    line1 = (f"{g.r.randint(1, 9999)} {g.pick(ZA_STREETS)} {g.pick(['Street', 'St', 'Road', 'Rd', 'Avenue', 'Drive'])}" if r < 0.7 else
             f"Stand {g.r.randint(100, 99999)}" if r < 0.82 else f"Unit {g.r.randint(1, 80)}, {g.pick(['Sunset Villas', 'Aloe Place', 'Jacaranda Court', 'Protea Gardens'])}")
    return {"l1": line1, "l2": sub, "city": city, "prov": prov, "pc": pc}


def telco_bss():
    g = Gen(3404)
    n_acc, n_sub, n_dealer, n_cell = 620, 820, 200, 260
    accs = []
    for i in range(n_acc):
        p = g.person(g.pick(ZA_MIX))
        p["dob"] = g.date(1945, 2007)
        accs.append(p)
    subs = []

    def dealer(g, i):
        city, prov, _ = g.pick(ZA_PLACES)
        return [f"D{i + 1000:05d}", f"{g.pick(['Mzansi Mobile', 'Vodashop', 'Cellucity', 'PEP Cell', 'Spaza Connect'])} {city} {g.pick(['Mall', 'CBD', 'Plaza', 'Taxi Rank'])}",
                city, prov, g.pick(["FRANCHISE", "RETAIL_CHAIN", "INFORMAL", "ONLINE"]), "0" + g.pick(["11", "12", "21", "31"]) + g.digits(7)]

    def cell(g, i):
        city, prov, subs_ = g.pick(ZA_PLACES)
        return [f"655-01-{g.r.randint(1000, 9999)}-{g.r.randint(10000, 65535)}", f"{fold(g.pick(subs_)[0]).upper().replace(' ', '_')}_{g.pick(['2G', '3G', 'L18', 'L21', 'NR35'])}",
                round(g.r.uniform(-34.2, -22.5), 6), round(g.r.uniform(18.4, 32.1), 6), prov, g.pick(["GSM", "UMTS", "LTE", "LTE", "NR"])]

    def account(g, i):
        p = accs[i - 1]
        a = za_address(g)
        idtype = g.pick(["RSA_ID"] * 8 + ["PASSPORT", "ASYLUM_PERMIT"])
        idno = za_id(g, p["dob"], p["female"]) if idtype == "RSA_ID" else (
            g.pick(["A", "M", "FN", "EN"]) + g.digits(8) if idtype == "PASSPORT" else f"DBNZWE{g.digits(6)}{g.digits(4)}")
        bank, branch = g.pick(ZA_BANKS)
        debit = g.r.random() < 0.55
        return [i + 300000, f"{p['first']} {p['last']}", idtype, idno, g.some(0.75, g.email(p["first"], p["last"], ZA_MAIL)), za_phone(g),
                g.some(0.3, za_phone(g)), a["l1"], a["l2"], a["city"], a["prov"], a["pc"], "ZA", p["dob"],
                g.pick(["A", "B", "C", "D", "X"]), g.pick(["CONSUMER", "CONSUMER", "YOUTH", "SOHO"]), bank if debit else None,
                g.digits(g.r.choice([10, 10, 11])) if debit else None, branch if debit else None, g.pick([1, 1, 1, 0]),
                g.ts(2012, 2025), g.pick(["STORE", "ONLINE", "TELESALES", "AGENT"]), f"D{g.r.randint(1, n_dealer) + 1000:05d}"]

    def subscriber(g, i):
        acc = g.r.randint(1, n_acc)
        msisdn = "27" + za_mobile(g)
        imsi = g.pick(["65501", "65501", "65510", "65507"]) + g.digits(10)
        subs.append((msisdn, imsi, acc))
        other_user = g.person(accs[acc - 1]["culture"]) if g.r.random() < 0.15 else None
        return [i, acc + 300000, msisdn, imsi, g.luhn_number("892701", 20), g.luhn_number(g.pick(["35391110", "35328510", "86769604", "35873411", "01326300"]), 15),
                g.pick(["SMART_S", "SMART_M", "RED_1GB", "PREPAID_DAILY", "FLEXI_150", "BUSINESS_XL"]), g.pick(["PREPAID", "PREPAID", "POSTPAID", "HYBRID"]),
                g.date(2010, 2025), g.pick(["ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED", "DISCONNECTED", "PORTED_OUT"]), g.digits(8),
                g.pick([None, None, None, "VODACOM", "CELL_C", "TELKOM"]), f"{other_user['first']} {other_user['last']}" if other_user else None]

    def cdr(g, i):
        msisdn, imsi, acc = g.pick(subs)
        peer = g.pick(["27" + za_mobile(g)] * 6 + ["27" + g.pick(["11", "21", "31"]) + g.digits(7), "44" + "7" + g.digits(9),
                                                   "263" + "77" + g.digits(7), "258" + "84" + g.digits(7), "266" + "5" + g.digits(7), "10111", "112"])
        moc = g.r.random() < 0.6
        return [i, "MOC" if moc else "MTC", imsi, g.luhn_number("35391110", 15), msisdn if moc else peer, peer if moc else msisdn,
                g.ts(2025, 2025), g.r.randint(0, 3600), g.r.randint(1, n_cell), g.r.randint(1000, 9999), round(g.r.uniform(0, 45), 2),
                g.pick([0] * 15 + [1]), g.pick(["ONNET", "OFFNET", "INTL", "EMERG"])]

    def session(g, i):
        msisdn, imsi, acc = g.pick(subs)
        start = g.ts(2025, 2025)
        minute = int(start[14:16])
        return [i, subs.index((msisdn, imsi, acc)) + 1, g.pick(["internet", "internet", "mms", "corp.bank.za"]),
                g.pick([f"100.{g.r.randint(64, 127)}.{g.r.randint(0, 255)}.{g.r.randint(1, 254)}", f"10.{g.r.randint(0, 255)}.{g.r.randint(0, 255)}.{g.r.randint(1, 254)}",
                        g.ipv6()]), start, start[:14] + f"{g.r.randint(minute, 59):02d}:{g.r.randint(0, 59):02d}",
                g.r.randint(0, 50_000_000), g.r.randint(0, 900_000_000), g.pick(["EUTRAN", "UTRAN", "NR"]), g.r.randint(1, n_cell)]

    def invoice(g, i):
        acc = g.r.randint(1, n_acc)
        p = accs[acc - 1]
        return [f"INV{g.r.randint(2023, 2025)}{i:07d}", acc + 300000, f"{g.r.randint(2023, 2025)}-{g.r.randint(1, 12):02d}",
                round(g.r.uniform(29, 2400), 2), g.date(2023, 2025), g.pick([1, 1, 1, 0]),
                g.some(0.7, g.email(p["first"], p["last"], ZA_MAIL)), g.pick(["EMAIL", "EMAIL", "SMS_LINK", "POST"])]

    SUMMARY = ["Customer says data bundle disappeared after 2 days", "SIM swap request, phone stolen in taxi at Bree rank",
               "Cannot receive OTP SMS from bank", "Wants to port number from {op}", "RICA details wrong, ID number {idn} captured incorrectly",
               "Complains about airtime deducted for WASP subscription", "Network down in {sub} since load shedding",
               "Deceased estate: daughter {name} wants to cancel contract"]
    RESOLUTION = ["Unsubscribed from WASP, refunded R35.", "SIM swap done after ID verified in store. New ICCID issued.",
                  "Escalated to NOC, tower at {sub} on battery backup.", "Called back on {ph}, no answer. Closed.",
                  "Customer {name} confirmed fixed.", "", "Port rejected: ID number mismatch with donor."]

    def ticket(g, i):
        acc = g.r.randint(1, n_acc)
        p = accs[acc - 1]
        agent = g.person(g.pick(ZA_MIX))
        fill = dict(op=g.pick(["Vodacom", "Cell C", "Telkom"]), idn=za_id(g, p["dob"], p["female"]), sub=za_address(g)["l2"],
                    name=f"{g.person(p['culture'])['first']} {p['last']}", ph=za_phone(g))
        return [i, acc + 300000, g.pick(["CALL_CENTRE", "WHATSAPP", "STORE", "EMAIL", "TWITTER"]), g.ts(2024, 2025),
                f"{slug(agent['first'])[0]}{slug(agent['last'])}{g.r.randint(1, 99)}", g.pick(["BILLING", "NETWORK", "SIM", "PORTING", "FRAUD"]),
                g.pick(SUMMARY).format(**fill), g.pick(RESOLUTION).format(**fill), g.some(0.6, za_phone(g))]

    tables = [
        Table("dealer", n_dealer, [
            ("dealer_code", "VARCHAR(8) PRIMARY KEY", "-"), ("dealer_name", "VARCHAR(80)", "-"), ("dealer_city", "VARCHAR(40)", "-"),
            ("dealer_prov", "VARCHAR(20)", "-"), ("dealer_type", "VARCHAR(16)", "-"), ("dealer_tel", "VARCHAR(12)", "-")], dealer),
        Table("cell_site", n_cell, [
            ("cell_id", "INTEGER PRIMARY KEY", "-"), ("cgi", "VARCHAR(24)", "-"), ("site_name", "VARCHAR(40)", "-"), ("lat", "REAL", "-"),
            ("lon", "REAL", "-"), ("province", "VARCHAR(20)", "-"), ("technology", "VARCHAR(8)", "-")],
            lambda g, i: [i] + cell(g, i)),
        Table("cust_account", n_acc, [
            ("cust_acct_id", "INTEGER PRIMARY KEY", "-"), ("acct_holder_name", "VARCHAR(120)", "name"), ("id_doc_type", "VARCHAR(16)", "-"),
            ("id_doc_number", "VARCHAR(20)", "national_id"), ("contact_email", "VARCHAR(120)", "email"), ("contact_no", "VARCHAR(20)", "phone"),
            ("alt_contact_no", "VARCHAR(20)", "phone"), ("bill_addr1", "VARCHAR(80)", "street_address"), ("bill_addr2", "VARCHAR(80)", "street_address"),
            ("bill_city", "VARCHAR(40)", "city"), ("bill_prov", "VARCHAR(20)", "region"), ("bill_pcode", "CHAR(4)", "postcode"),
            ("bill_country", "CHAR(2)", "country"), ("dob", "DATE", "date_of_birth"), ("credit_class", "CHAR(1)", "-"), ("segment", "VARCHAR(12)", "-"),
            ("debit_order_bank", "VARCHAR(20)", "-"), ("debit_order_acct", "VARCHAR(11)", "account_number"),
            ("debit_order_branch_code", "CHAR(6)", "-"), ("rica_verified", "BOOLEAN", "-"), ("created_dt", "TIMESTAMP", "-"),
            ("sales_channel", "VARCHAR(12)", "-"), ("dealer_code", "VARCHAR(8) REFERENCES dealer(dealer_code)", "fk")], account),
        Table("subscriber", n_sub, [
            ("sub_id", "INTEGER PRIMARY KEY", "-"), ("cust_acct_id", "INTEGER REFERENCES cust_account(cust_acct_id)", "fk"),
            ("msisdn", "VARCHAR(15)", "phone"), ("imsi", "CHAR(15)", "other"), ("iccid", "VARCHAR(20)", "other"), ("imei", "CHAR(15)", "other"),
            ("tariff_plan", "VARCHAR(20)", "-"), ("line_type", "VARCHAR(10)", "-"), ("activation_dt", "DATE", "-"), ("status", "VARCHAR(14)", "-"),
            ("puk1", "CHAR(8)", "other"), ("porting_donor", "VARCHAR(10)", "-"), ("user_name", "VARCHAR(120)", "name")], subscriber),
        Table("cdr_voice", 1600, [
            ("cdr_id", "INTEGER PRIMARY KEY", "-"), ("record_type", "CHAR(3)", "-"), ("served_imsi", "CHAR(15)", "other"),
            ("served_imei", "CHAR(15)", "other"), ("calling_number", "VARCHAR(15)", "phone"), ("called_number", "VARCHAR(15)", "phone"),
            ("call_start_ts", "TIMESTAMP", "-"), ("duration_sec", "INTEGER", "-"), ("cell_id", "INTEGER REFERENCES cell_site(cell_id)", "fk"),
            ("lac", "INTEGER", "-"), ("charge_zar", "DECIMAL(8,2)", "-"), ("roaming_ind", "SMALLINT", "-"), ("tariff_class", "VARCHAR(6)", "-")], cdr),
        Table("data_session", 900, [
            ("session_id", "INTEGER PRIMARY KEY", "-"), ("sub_id", "INTEGER REFERENCES subscriber(sub_id)", "fk"), ("apn", "VARCHAR(32)", "-"),
            ("framed_ip", "VARCHAR(45)", "ip_address"), ("start_ts", "TIMESTAMP", "-"), ("end_ts", "TIMESTAMP", "-"), ("bytes_up", "BIGINT", "-"),
            ("bytes_down", "BIGINT", "-"), ("rat_type", "VARCHAR(8)", "-"), ("cell_id", "INTEGER REFERENCES cell_site(cell_id)", "fk")], session),
        Table("invoice", 500, [
            ("inv_no", "VARCHAR(16) PRIMARY KEY", "-"), ("cust_acct_id", "INTEGER REFERENCES cust_account(cust_acct_id)", "fk"),
            ("bill_period", "CHAR(7)", "-"), ("amount_due", "DECIMAL(10,2)", "-"), ("due_date", "DATE", "-"), ("paid_flag", "BOOLEAN", "-"),
            ("delivery_email", "VARCHAR(120)", "email"), ("delivery_channel", "VARCHAR(10)", "-")], invoice),
        Table("support_ticket", 420, [
            ("ticket_id", "INTEGER PRIMARY KEY", "-"), ("cust_acct_id", "INTEGER REFERENCES cust_account(cust_acct_id)", "fk"),
            ("channel", "VARCHAR(12)", "-"), ("opened_at", "TIMESTAMP", "-"), ("agent_login", "VARCHAR(20)", "username"),
            ("category", "VARCHAR(10)", "-"), ("summary", "VARCHAR(200)", "free_text"), ("resolution_notes", "TEXT", "free_text"),
            ("callback_no", "VARCHAR(20)", "phone")], ticket),
        Table("port_request", 0, [
            ("port_id", "INTEGER PRIMARY KEY", "-"), ("msisdn", "VARCHAR(15)", "phone"), ("donor_operator", "VARCHAR(10)", "-"),
            ("id_number", "CHAR(13)", "national_id"), ("requested_dt", "TIMESTAMP", "-"), ("status", "VARCHAR(12)", "-")], None),
    ]
    return "telco_bss", tables, g


# ========================================================================================================
# 5. tsuhan_jp: a Japanese mail-order shop (通販) whose columns are romanized Japanese: kaiin (members) with
#    sei / mei and their katakana readings, seinengappi, yubin_bango, todofuken, shikuchoson, banchi,
#    tatemono, denwa_bango; chumon (orders) with the delivery address; jugyoin (staff) with the My Number
#    (kojin_bango, its check digit) and the salary account. Values in Japanese script.
# ========================================================================================================
JP_PLACES = [("東京都", "世田谷区", "北沢", "155-0031"), ("東京都", "新宿区", "西新宿", "160-0023"), ("東京都", "杉並区", "高円寺南", "166-0003"),
             ("東京都", "練馬区", "石神井町", "177-0041"), ("東京都", "江東区", "豊洲", "135-0061"), ("神奈川県", "横浜市港北区", "日吉", "223-0061"),
             ("神奈川県", "川崎市中原区", "小杉町", "211-0063"), ("大阪府", "大阪市北区", "梅田", "530-0001"), ("大阪府", "豊中市", "新千里東町", "560-0082"),
             ("京都府", "京都市左京区", "下鴨本町", "606-0802"), ("愛知県", "名古屋市中区", "栄", "460-0008"), ("福岡県", "福岡市中央区", "天神", "810-0001"),
             ("北海道", "札幌市中央区", "大通西", "060-0042"), ("宮城県", "仙台市青葉区", "一番町", "980-0811"), ("埼玉県", "さいたま市浦和区", "高砂", "330-0063"),
             ("千葉県", "船橋市", "本町", "273-0005"), ("兵庫県", "神戸市中央区", "三宮町", "650-0021"), ("広島県", "広島市中区", "紙屋町", "730-0031"),
             ("沖縄県", "那覇市", "久茂地", "900-0015"), ("長野県", "松本市", "中央", "390-0811")]
JP_BUILDINGS = ["ハイツ北沢", "グランドメゾン", "コーポ山田", "サンハイム", "パークハウス", "ライオンズマンション", "メゾン・ド・ソレイユ", "レオパレス21"]
JP_MAIL = ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com", "i.softbank.jp", "au.com", "nifty.com"]
JP_AREA = {"東京都": "03", "神奈川県": "045", "大阪府": "06", "京都府": "075", "愛知県": "052", "福岡県": "092", "北海道": "011", "宮城県": "022",
           "埼玉県": "048", "千葉県": "047", "兵庫県": "078", "広島県": "082", "沖縄県": "098", "長野県": "0263"}


def jp_person(g):
    female = g.r.random() < 0.55
    sei = g.pick(JP_SEI)
    mei = g.pick(JP_MEI_F if female else JP_MEI_M)
    return {"sei": sei, "mei": mei, "female": female}


def jp_mobile(g):
    n = f"0{g.pick('987')}0-{g.digits(4)}-{g.digits(4)}"
    return n if g.r.random() < 0.75 else n.replace("-", "")


def jp_landline(g, pref):
    area = JP_AREA[pref]
    local = g.digits(10 - len(area))
    split = 4 if len(area) == 2 else 3 if len(area) == 3 else 2
    return f"{area}-{local[:split]}-{local[split:]}"


def jp_address(g):
    pref, city, town, zip_ = g.pick(JP_PLACES)
    banchi = g.pick([f"{g.r.randint(1, 5)}丁目{g.r.randint(1, 30)}-{g.r.randint(1, 20)}", f"{g.r.randint(1, 5)}-{g.r.randint(1, 30)}-{g.r.randint(1, 20)}",
                     f"{g.r.randint(100, 2999)}番地"])
    tatemono = g.some(0.45, f"{g.pick(JP_BUILDINGS)} {g.r.randint(1, 12)}0{g.r.randint(1, 9)}{g.pick(['', '', '号室'])}")
    return {"pref": pref, "city": city, "town": town, "zip": zip_, "banchi": town + banchi, "tatemono": tatemono}


def my_number(g):
    body = g.digits(11)
    return body + my_number_check(body)


def tsuhan_jp():
    g = Gen(3505)
    n_kaiin, n_shohin = 650, 200
    kaiin = [jp_person(g) for _ in range(n_kaiin)]

    MEMO = ["電話は夕方以降希望", "過去に返品トラブルあり（2023/11）", "", "", "", "ギフト利用多し", "住所変更の連絡あり。旧住所：{addr}",
            "本人より退会希望の電話あり（{tel}）", "ご家族（{name}様）からの代理注文あり"]

    def member(g, i):
        p = kaiin[i - 1]
        a = jp_address(g)
        sei, mei = p["sei"], p["mei"]
        full = jp_address(g)
        return [i + 100000, g.pick([f"{sei[2]}{mei[2]}", f"{mei[2]}.{sei[2]}{g.r.randint(1, 99)}", f"{mei[2]}_{g.r.randint(1970, 2005)}",
                                    f"{sei[2][:4]}{g.digits(4)}"]),
                hashlib.sha256(f"{i}:{mei[2]}".encode()).hexdigest(), sei[0], mei[0], sei[1], mei[1], 2 if p["female"] else 1,
                g.date(1940, 2006).replace("-", "/"), a["zip"] if g.r.random() < 0.8 else a["zip"].replace("-", ""), a["pref"], a["city"],
                a["banchi"], a["tatemono"], g.some(0.4, jp_landline(g, a["pref"])), g.some(0.9, jp_mobile(g)),
                f"{g.pick([sei[2] + '.' + mei[2], mei[2] + g.digits(2), sei[2] + mei[2][0] + g.digits(3), mei[2] + '-' + sei[2]])}@{g.pick(JP_MAIL)}",
                g.some(0.35, g.pick(["株式会社日立製作所", "トヨタ自動車株式会社", "横浜市役所", "株式会社ヤマダ商事", "自営業", "有限会社佐々木工務店", "東京大学"])),
                g.pick(["会社員", "会社員", "公務員", "自営業", "主婦", "学生", "パート・アルバイト", "無職", "その他"]),
                g.pick([0, 1]), g.pick(["一般", "一般", "シルバー", "ゴールド", "プラチナ"]), g.r.randint(0, 12000), g.ts(2012, 2025).replace("-", "/"),
                g.ts(2024, 2025).replace("-", "/"), g.pick([0] * 15 + [1]),
                g.pick(MEMO).format(addr=f"{full['pref']}{full['city']}{full['banchi']}", tel=jp_mobile(g),
                                    name=f"{sei[0]} {g.pick(JP_MEI_F + JP_MEI_M)[0]}")]

    GOODS = ["北海道産 ゆめぴりか 5kg", "宇治抹茶 100g", "今治タオル セット", "南部鉄器 急須", "有田焼 マグカップ", "信州りんご 3kg", "博多明太子 300g",
             "讃岐うどん 10食", "静岡深蒸し茶 3本", "鹿児島黒豚しゃぶしゃぶセット", "夕張メロン 1玉", "山形さくらんぼ 佐藤錦", "ほうじ茶ラテの素", "土鍋 8号"]

    def product(g, i):
        return [f"P{i + 10000}", g.pick(GOODS) + g.pick(["", "（ギフト箱入り）", "【送料無料】", "お試し"]), g.r.randint(300, 30000),
                g.r.randint(0, 500), g.pick(["食品", "飲料", "雑貨", "ギフト"]), g.pick([0, 1])]

    NOTES = ["置き配希望（玄関前）", "不在の場合は宅配ボックスへ", "ギフト包装をお願いします", "午前中指定でお願いします", "",
             "領収書の宛名は{co}でお願いします", "到着前に{tel}へ電話ください", "祖母（{name}）へのプレゼントです", "", ""]

    def order(g, i):
        kid = g.r.randint(1, n_kaiin)
        p = kaiin[kid - 1]
        to = p if g.r.random() < 0.6 else jp_person(g)
        a = jp_address(g)
        total = g.r.randint(800, 60000)
        return [f"{g.date(2023, 2025).replace('-', '')}-{i:06d}", kid + 100000, g.ts(2023, 2025), total, int(total * 1.08),
                g.pick(["クレジットカード", "代金引換", "コンビニ払い", "銀行振込", "PayPay", "後払い"]),
                f"{to['sei'][0]} {to['mei'][0]}", a["zip"], f"{a['pref']}{a['city']}{a['banchi']}{' ' + a['tatemono'] if a['tatemono'] else ''}",
                g.pick([jp_mobile(g), jp_landline(g, a["pref"])]), g.some(0.3, g.date(2023, 2025)),
                g.pick(["指定なし", "午前中", "14-16時", "16-18時", "18-20時", "19-21時"]), g.digits(12),
                g.pick(NOTES).format(co=g.pick(["株式会社ヤマダ商事", "さくら歯科医院"]), tel=jp_mobile(g), name=f"{to['sei'][0]} {g.pick(JP_MEI_F)[0]}"),
                g.pick([0, 0, 0, 1]), g.some(0.15, g.pick(["御歳暮", "御中元", "内祝", "御礼"])), g.some(0.15, p["sei"][0])]

    SUBJ = ["商品が届かない", "返品について", "注文内容の変更", "会員登録情報の変更", "ポイントについて", "商品破損のご連絡"]
    BODY = ["注文番号{no}の商品がまだ届きません。確認をお願いします。", "届いた急須が割れていました。写真を送ります。連絡先は{tel}です。",
            "住所が変わりました。新住所は{addr}です。", "退会したいのですが手続きを教えてください。", "メールアドレスを{mail}に変更してください。",
            "母（{name}）の代わりに問い合わせています。", "ポイントの有効期限を教えてください。"]

    def inquiry(g, i):
        kid = g.some(0.7, g.r.randint(1, n_kaiin))
        p = kaiin[kid - 1] if kid else jp_person(g)
        a = jp_address(g)
        return [i, kid + 100000 if kid else None, f"{p['sei'][0]} {p['mei'][0]}",
                f"{p['mei'][2]}.{p['sei'][2]}@{g.pick(JP_MAIL)}", g.some(0.6, jp_mobile(g)), g.pick(SUBJ),
                g.pick(BODY).format(no=f"2025{g.digits(4)}-{g.digits(6)}", tel=jp_mobile(g), addr=f"{a['zip']} {a['pref']}{a['city']}{a['banchi']}",
                                    mail=f"{p['mei'][2]}{g.digits(3)}@{g.pick(JP_MAIL)}", name=f"{p['sei'][0]} {g.pick(JP_MEI_F)[0]}"),
                g.ts(2023, 2025), g.pick(JP_SEI)[0], g.pick(["未対応", "対応中", "完了", "完了"])]

    def login(g, i):
        return [i, g.r.randint(1, n_kaiin) + 100000, g.ts(2024, 2025), g.ip(0.25),
                g.pick(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
                        "Mozilla/5.0 (Linux; Android 14; SO-51D) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36"]),
                g.pick(["成功", "成功", "成功", "失敗"])]

    BANKS = ["三菱UFJ銀行", "三井住友銀行", "みずほ銀行", "ゆうちょ銀行", "りそな銀行", "横浜銀行"]

    def staff(g, i):
        p = jp_person(g)
        a = jp_address(g)
        return [f"E{i + 2000:05d}", f"{p['sei'][0]} {p['mei'][0]}", f"{p['sei'][1]} {p['mei'][1]}", my_number(g), g.date(1990, 2025),
                g.pick(["営業部", "物流センター", "カスタマーサポート", "経理部", "システム部", "商品企画部"]),
                g.pick(["部長", "課長", "係長", "主任", "一般", "一般", "一般", "パート"]), g.digits(4),
                f"{g.pick(BANKS)} {g.pick(['渋谷', '梅田', '本店営業部', '横浜駅前'])}支店 普通 {g.digits(7)}",
                f"{a['zip']} {a['pref']}{a['city']}{a['banchi']}{' ' + a['tatemono'] if a['tatemono'] else ''}", jp_mobile(g),
                g.pick([0, 1]), g.r.randint(0, 4)]

    tables = [
        Table("kaiin", n_kaiin, [
            ("kaiin_id", "INTEGER PRIMARY KEY", "-"), ("login_id", "VARCHAR(64)", "username"), ("pasuwado_hash", "CHAR(64)", "other"),
            ("sei", "VARCHAR(20)", "last_name"), ("mei", "VARCHAR(20)", "first_name"), ("sei_kana", "VARCHAR(40)", "last_name"),
            ("mei_kana", "VARCHAR(40)", "first_name"), ("seibetsu", "SMALLINT", "-"), ("seinengappi", "VARCHAR(10)", "date_of_birth"),
            ("yubin_bango", "VARCHAR(8)", "postcode"), ("todofuken", "VARCHAR(4)", "region"), ("shikuchoson", "VARCHAR(40)", "city"),
            ("banchi", "VARCHAR(80)", "street_address"), ("tatemono", "VARCHAR(80)", "street_address"), ("denwa_bango", "VARCHAR(13)", "phone"),
            ("keitai_bango", "VARCHAR(13)", "phone"), ("mail_address", "VARCHAR(120)", "email"), ("kinmusaki", "VARCHAR(80)", "company"),
            ("shokugyo", "VARCHAR(20)", "-"), ("mail_haishin", "SMALLINT", "-"), ("kaiin_rank", "VARCHAR(10)", "-"), ("point_zandaka", "INTEGER", "-"),
            ("nyukai_nichiji", "VARCHAR(19)", "-"), ("saishu_login", "VARCHAR(19)", "-"), ("taikai_flg", "SMALLINT", "-"),
            ("biko", "TEXT", "free_text")], member),
        Table("shohin", n_shohin, [
            ("shohin_cd", "VARCHAR(10) PRIMARY KEY", "-"), ("shohin_mei", "VARCHAR(100)", "-"), ("kakaku", "INTEGER", "-"), ("zaiko_su", "INTEGER", "-"),
            ("category", "VARCHAR(10)", "-"), ("hanbai_teishi", "SMALLINT", "-")], product),
        Table("chumon", 950, [
            ("chumon_bango", "VARCHAR(16) PRIMARY KEY", "-"), ("kaiin_id", "INTEGER REFERENCES kaiin(kaiin_id)", "fk"), ("chumon_nichiji", "TIMESTAMP", "-"),
            ("gokei_kingaku", "INTEGER", "-"), ("zeikomi_kingaku", "INTEGER", "-"), ("shiharai_hoho", "VARCHAR(20)", "-"),
            ("haisosaki_shimei", "VARCHAR(40)", "name"), ("haisosaki_yubin", "VARCHAR(8)", "postcode"), ("haisosaki_jusho", "VARCHAR(200)", "street_address"),
            ("haisosaki_denwa", "VARCHAR(13)", "phone"), ("haiso_kibo_bi", "DATE", "-"), ("haiso_jikantai", "VARCHAR(10)", "-"),
            ("okurijo_bango", "CHAR(12)", "-"), ("bikou", "TEXT", "free_text"), ("gift_flg", "SMALLINT", "-"), ("noshi_omotegaki", "VARCHAR(10)", "-"),
            ("noshi_namae", "VARCHAR(20)", "last_name")], order),
        Table("toiawase", 320, [
            ("toiawase_id", "INTEGER PRIMARY KEY", "-"), ("kaiin_id", "INTEGER REFERENCES kaiin(kaiin_id)", "fk"), ("onamae", "VARCHAR(40)", "name"),
            ("mail", "VARCHAR(120)", "email"), ("denwa", "VARCHAR(13)", "phone"), ("kenmei", "VARCHAR(100)", "-"), ("naiyou", "TEXT", "free_text"),
            ("uketsuke_nichiji", "TIMESTAMP", "-"), ("tantousha", "VARCHAR(20)", "last_name"), ("joukyou", "VARCHAR(10)", "-")], inquiry),
        Table("login_rireki", 1000, [
            ("rireki_id", "INTEGER PRIMARY KEY", "-"), ("kaiin_id", "INTEGER REFERENCES kaiin(kaiin_id)", "fk"), ("login_nichiji", "TIMESTAMP", "-"),
            ("setsuzoku_moto", "VARCHAR(45)", "ip_address"), ("ua", "VARCHAR(255)", "-"), ("kekka", "VARCHAR(4)", "-")], login),
        Table("jugyoin", 210, [
            ("shain_bango", "CHAR(6) PRIMARY KEY", "-"), ("shimei", "VARCHAR(40)", "name"), ("shimei_kana", "VARCHAR(60)", "name"),
            ("kojin_bango", "CHAR(12)", "national_id"), ("nyusha_bi", "DATE", "-"), ("busho", "VARCHAR(20)", "-"), ("yakushoku", "VARCHAR(10)", "job_title"),
            ("naisen", "CHAR(4)", "-"), ("kyuyo_furikomi_koza", "VARCHAR(80)", "account_number"), ("jitaku_jusho", "VARCHAR(200)", "street_address"),
            ("kinkyu_renrakusaki", "VARCHAR(13)", "phone"), ("haigusha_umu", "SMALLINT", "-"), ("fuyo_ninzu", "SMALLINT", "-")], staff),
        Table("card_joho", 0, [
            ("card_id", "INTEGER PRIMARY KEY", "-"), ("kaiin_id", "INTEGER REFERENCES kaiin(kaiin_id)", "fk"), ("card_bango", "VARCHAR(19)", "account_number"),
            ("meigi", "VARCHAR(40)", "name"), ("yuko_kigen", "CHAR(5)", "-")], None),
    ]
    return "tsuhan_jp", tables, g


# ========================================================================================================
# 6. sfdc_org: a B2B software vendor's Salesforce org exported table by table with the objects' API names
#    (Account, Contact, Lead, Case, User, Opportunity, EmailMessage, Note) and their PascalCase fields,
#    18-character ids, custom fields ending in __c.
# ========================================================================================================
SF_PLACES = {
    "United States": [("San Francisco", "CA", "941dd"), ("Austin", "TX", "787dd"), ("Chicago", "IL", "606dd"), ("Boston", "MA", "021dd"),
                      ("Atlanta", "GA", "303dd"), ("Denver", "CO", "802dd"), ("Raleigh", "NC", "276dd"), ("Seattle", "WA", "981dd")],
    "United Kingdom": [("London", "", "EC1V dLL"), ("Manchester", "", "M1 dLL"), ("Edinburgh", "", "EH2 dLL"), ("Bristol", "", "BS1 dLL")],
    "Germany": [("München", "Bayern", "80ddd"), ("Berlin", "Berlin", "10ddd"), ("Hamburg", "Hamburg", "20ddd"), ("Stuttgart", "Baden-Württemberg", "70ddd")],
    "France": [("Paris", "", "750dd"), ("Lyon", "", "6900d"), ("Toulouse", "", "310dd")],
    "Canada": [("Toronto", "ON", "M5V dLd"), ("Vancouver", "BC", "V6B dLd"), ("Montréal", "QC", "H3B dLd")],
    "Australia": [("Sydney", "NSW", "2000"), ("Melbourne", "VIC", "3000"), ("Brisbane", "QLD", "4000")],
    "Japan": [("Tokyo", "Tokyo", "1dd-dddd"), ("Osaka", "Osaka", "5dd-dddd")],
    "Netherlands": [("Amsterdam", "", "10dd LL"), ("Rotterdam", "", "30dd LL")],
    "Spain": [("Madrid", "", "280dd"), ("Barcelona", "", "080dd")],
}
SF_CULTURE = {"United States": ["en_us", "en_us", "us_hispanic", "us_asian"], "United Kingdom": ["en_gb", "en_gb", "gb_asian"], "Germany": ["de"],
              "France": ["fr"], "Canada": ["en_us", "fr"], "Australia": ["au"], "Japan": ["jp_latin"], "Netherlands": ["nl"], "Spain": ["es"]}
SF_COUNTRIES = ["United States"] * 6 + ["United Kingdom"] * 2 + ["Germany", "France", "Canada", "Australia", "Japan", "Netherlands", "Spain"]
SF_STREETS = {"United States": ["Market", "Mission", "Congress", "Michigan", "Boylston", "Peachtree", "Larimer", "Fayetteville", "Pike"],
              "United Kingdom": ["City", "Old", "Deansgate", "George", "Princes", "Queen"], "Germany": ["Leopold", "Friedrich", "Linden", "Haupt"],
              "France": ["Rivoli", "la Paix", "Lafayette", "Sèze"], "Canada": ["Bay", "Granville", "King", "Peel"], "Australia": ["Pitt", "Collins", "George", "Queen"],
              "Japan": [""], "Netherlands": ["Heren", "Keizers", "Coolsingel"], "Spain": ["Serrano", "Alcalá", "Velázquez"]}
COMPANIES = ["Northwind Logistics", "Bluewater Analytics", "Crestline Health", "Harbor & Finch LLP", "Ironbridge Manufacturing", "Kestrel Aerospace",
             "Lumen Retail Group", "Meridian Insurance", "Nimbus Foods", "Orchard Schools Trust", "Pinecrest Energy", "Quayside Hotels",
             "Redwood Credit Union", "Summit Biotech", "Tidewater Ports", "Umbra Games", "Vantage Realty", "Westfield Motors",
             "Stadtwerke Nordheim", "Groupe Lumière", "Yamato Precision", "Brouwer Bouw", "Telecom Ibérica", "Maple Leaf Outfitters"]
SUFFIX = ["Inc.", "Ltd", "GmbH", "SAS", "K.K.", "B.V.", "S.L.", "LLC", "Corp.", "plc", ""]


def sf_address(g, country):
    city, state, pat = g.pick(SF_PLACES[country])
    pc = "".join(g.pick(DIGITS) if c == "d" else g.pick(UPPER) if c == "L" else c for c in pat)
    n, st = g.r.randint(1, 2500), g.pick(SF_STREETS[country])
    if country in ("United States", "Canada", "Australia"):
        street = f"{n} {st} {g.pick(['St', 'Street', 'Ave', 'Blvd', 'Suite ' + str(g.r.randint(100, 1900))])}"
        if g.r.random() < 0.25:
            street += f"\n{g.pick(['Suite', 'Floor', 'Unit'])} {g.r.randint(2, 40)}"
    elif country in ("Germany", "Netherlands"):
        street = f"{st}{g.pick(['straße', 'str.', 'weg'] if country == 'Germany' else ['gracht', 'straat', 'laan'])} {g.r.randint(1, 200)}"
    elif country == "France":
        street = f"{g.r.randint(1, 120)} rue de {st}"
    elif country == "Japan":
        street = f"{g.r.randint(1, 9)}-{g.r.randint(1, 20)}-{g.r.randint(1, 30)} {g.pick(['Marunouchi', 'Shibuya', 'Umeda', 'Roppongi'])}"
    elif country == "Spain":
        street = f"Calle de {st}, {g.r.randint(1, 200)}"
    else:
        street = f"{g.r.randint(1, 300)} {st} {g.pick(['Road', 'Street', 'Lane'])}"
    return {"street": street, "city": city, "state": state, "pc": pc, "country": country}


def sf_phone(g, country, mobile=False):
    d = g.digits
    if country in ("United States", "Canada"):
        a = g.pick(["415", "512", "312", "617", "404", "303", "919", "206", "416", "604", "514"])
        return g.pick([f"({a}) {g.r.randint(2, 9)}{d(2)}-{d(4)}", f"{a}-{g.r.randint(2, 9)}{d(2)}-{d(4)}", f"+1 {a} {g.r.randint(2, 9)}{d(2)} {d(4)}"])
    if country == "United Kingdom":
        return f"+44 7{d(3)} {d(6)}" if mobile else g.pick([f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"0161 {d(3)} {d(4)}"])
    if country == "Germany":
        return f"+49 1{g.pick(['51', '60', '70', '76'])} {d(8)}" if mobile else f"+49 89 {d(8)}"
    if country == "France":
        return f"+33 {g.pick('67') if mobile else '1'} {d(2)} {d(2)} {d(2)} {d(2)}"
    if country == "Australia":
        return f"+61 4{d(2)} {d(3)} {d(3)}" if mobile else f"(02) {d(4)} {d(4)}"
    if country == "Japan":
        return f"+81 {g.pick(['90', '80'])}-{d(4)}-{d(4)}" if mobile else f"+81 3-{d(4)}-{d(4)}"
    if country == "Netherlands":
        return f"+31 6 {d(8)}" if mobile else f"+31 20 {d(3)} {d(4)}"
    return f"+34 6{d(2)} {d(3)} {d(3)}" if mobile else f"+34 91 {d(3)} {d(2)} {d(2)}"


def sfdc_org():
    g = Gen(3606)
    n_user, n_acc, n_con, n_lead, n_case, n_opp = 210, 300, 720, 520, 620, 400
    DOMAIN = "corvidcloud.com"

    def uid(n):
        return sf_id("005", n)

    accounts = []
    for i in range(n_acc):
        country = g.pick(SF_COUNTRIES)
        name = f"{g.pick(COMPANIES)}{' ' + g.pick(SUFFIX) if g.r.random() < 0.7 else ''}"
        accounts.append({"name": name, "country": country, "domain": slug(name.split()[0]) + g.pick([".com", ".io", ".co.uk", ".de", ".fr", ".co.jp", ".nl"])})
    users = []
    for i in range(n_user):
        c = g.pick(["United States"] * 4 + ["United Kingdom", "Germany", "Australia", "Japan"])
        p = g.person(g.pick(SF_CULTURE[c]))
        p["country"] = c
        users.append(p)
    contacts = []
    for i in range(n_con):
        acc = g.r.randint(1, n_acc)
        p = g.person(g.pick(SF_CULTURE[accounts[acc - 1]["country"]]))
        p["acc"] = acc
        contacts.append(p)

    TITLES = ["VP of Engineering", "Chief Information Officer", "IT Director", "Procurement Manager", "Head of Data", "Software Engineer",
              "Office Manager", "CFO", "Director of Operations", "Systems Administrator", "Leiter IT", "Directeur des systèmes d'information",
              "Marketing Coordinator", "Account Executive", "Solutions Engineer", "Customer Success Manager"]

    def user(g, i):
        p = users[i - 1]
        a = sf_address(g, p["country"])
        f, l = slug(p["first"]), slug(p["last"])
        return [uid(i), f"{f}.{l}@{DOMAIN}", p["last"], p["first"], f"{p['first']} {p['last']}", "Corvid Cloud, Inc.", g.pick(["AMER", "EMEA", "APAC"]),
                g.pick(["Sales", "Customer Success", "Support", "Marketing", "Solutions Engineering"]), g.pick(TITLES[13:] + ["Support Engineer", "Sales Director"]),
                a["city"], a["state"] or None, p["country"], f"{f}.{l}@{DOMAIN}", sf_phone(g, p["country"]), g.some(0.3, g.digits(4)),
                g.some(0.7, sf_phone(g, p["country"], True)), (f[:1] + l)[:8], f"{f}{l[:1]}{g.r.randint(1, 999)}", g.pick([True, True, True, False]),
                g.pick(["America/Los_Angeles", "America/Chicago", "Europe/London", "Europe/Berlin", "Australia/Sydney", "Asia/Tokyo"]),
                g.pick(["en_US", "en_GB", "de_DE", "ja_JP"]), sf_id("00E", g.r.randint(1, 30)), sf_id("00e", g.r.randint(1, 8)),
                uid(g.r.randint(1, 20)) if i > 20 else None, f"{g.r.randint(10000, 99999)}", g.ts(2024, 2025, "T") + ".000Z", g.ts(2015, 2024, "T") + ".000Z",
                g.some(0.3, g.pick([f"Based in {a['city']}. Ask me about data migrations!", f"{p['first']} - 10 years in SaaS, previously at Oracle.",
                                    "Out of office until 3 March, contact my manager."])),
                f"https://corvidcloud.my.salesforce.com/profilephoto/729{g.chars(ALNUM, 12)}/T"]

    def account(g, i):
        a = accounts[i - 1]
        ad = sf_address(g, a["country"])
        sh = ad if g.r.random() < 0.6 else sf_address(g, a["country"])
        return [sf_id("001", i), a["name"], g.pick(["Customer", "Customer", "Prospect", "Partner", "Customer - Churned"]),
                g.pick(["Technology", "Healthcare", "Financial Services", "Retail", "Manufacturing", "Education", "Energy", "Hospitality"]),
                ad["street"], ad["city"], ad["state"] or None, ad["pc"], ad["country"], sh["street"], sh["city"], sh["pc"], sh["country"],
                sf_phone(g, a["country"]), g.some(0.2, sf_phone(g, a["country"])), f"https://www.{a['domain']}", g.r.randint(10, 50000),
                g.r.randint(1, 5000) * 100000, f"CD{g.digits(6)}", g.pick(["7372", "8062", "6021", "5411", "3711", "8211"]), uid(g.r.randint(1, n_user)),
                g.ts(2016, 2025, "T") + ".000Z", g.some(0.4, g.pick(["Strategic account, renewal in Q3.", "Uses on-prem ERP, integration via SFTP.",
                                                                       "Parent company of several regional subsidiaries.", "Public sector procurement rules apply."]))]

    DESCR = ["Met at Dreamforce, interested in the analytics add-on.", "Prefers WhatsApp: {mob}.", "Reports to {boss}. Budget holder for FY26.",
             "Left the company, new contact is {boss}.", "Do not call before 10am PT. Assistant is {asst}.", "Kids' names: {kid} and {kid2} (mentioned in call).",
             "Former customer at {co}, champion of our product.", "", "", ""]

    def contact(g, i):
        p = contacts[i - 1]
        acc = accounts[p["acc"] - 1]
        a = sf_address(g, acc["country"]) if g.r.random() < 0.8 else sf_address(g, g.pick(SF_COUNTRIES))
        asst = g.some(0.15, g.person(p["culture"]))
        boss = g.person(p["culture"])
        sal = g.pick(["Ms.", "Mrs.", "Dr.", None] if p["female"] else ["Mr.", "Dr.", "Prof.", None])
        email = f"{g.email_local(p['first'], p['last'])}@{acc['domain']}" if g.r.random() < 0.85 else g.email(p["first"], p["last"], ["gmail.com", "outlook.com"])
        return [sf_id("003", i), sf_id("001", p["acc"]), sal, p["first"], p["last"], f"{p['first']} {p['last']}", g.pick(TITLES),
                g.some(0.5, g.pick(["IT", "Finance", "Operations", "Procurement", "Engineering"])), email, sf_phone(g, acc["country"]),
                g.some(0.6, sf_phone(g, acc["country"], True)), g.some(0.1, sf_phone(g, acc["country"])), g.some(0.08, sf_phone(g, acc["country"])),
                a["street"], a["city"], a["state"] or None, a["pc"], a["country"], g.some(0.25, g.date(1958, 2000)),
                f"{asst['first']} {asst['last']}" if asst else None, sf_phone(g, acc["country"]) if asst else None,
                g.pick(["Web", "Trade Show", "Partner Referral", "Cold Call", "Webinar"]),
                g.pick(DESCR).format(mob=sf_phone(g, acc["country"], True), boss=f"{boss['first']} {boss['last']}",
                                     asst=f"{asst['first'] if asst else 'Pat'}", kid=g.person(p["culture"])["first"], kid2=g.person(p["culture"])["first"],
                                     co=g.pick(COMPANIES)) or None,
                uid(g.r.randint(1, n_user)), g.pick([False, False, True]), g.pick([False, False, False, True]),
                g.some(0.45, f"https://www.linkedin.com/in/{slug(p['first'])}-{slug(p['last'])}-{g.hexs(8)}"), g.pick(["English", "German", "French", "Japanese", None]),
                g.ts(2016, 2025, "T") + ".000Z", g.some(0.7, g.date(2023, 2025))]

    def lead(g, i):
        country = g.pick(SF_COUNTRIES)
        p = g.person(g.pick(SF_CULTURE[country]))
        a = sf_address(g, country)
        co = f"{g.pick(COMPANIES)} {g.pick(SUFFIX)}".strip() if g.r.random() < 0.9 else "Self-employed"
        conv = g.r.random() < 0.2
        return [sf_id("00Q", i), p["first"], p["last"], g.pick(["Mr.", "Ms.", "Dr.", None]), g.pick(TITLES), co,
                f"{g.email_local(p['first'], p['last'])}@{slug(co.split()[0])}.com", sf_phone(g, country), g.some(0.4, sf_phone(g, country, True)),
                g.some(0.7, a["street"]), a["city"], a["state"] or None, g.some(0.8, a["pc"]), country,
                g.pick(["Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted"]),
                g.pick(["Web", "Webinar", "Trade Show", "Purchased List", "Employee Referral"]), g.pick(["Hot", "Warm", "Cold", None]),
                g.pick(["Technology", "Healthcare", "Retail", None]), g.some(0.5, g.r.randint(5, 20000)),
                g.some(0.4, g.pick(["Downloaded the GDPR whitepaper.", "Asked for a demo for 40 seats; call on {m}.", "Met {n} at the Berlin roadshow.",
                                    "Existing customer of a competitor, contract ends in June."]).format(m=sf_phone(g, country, True), n=p["first"])),
                f"https://www.{slug(co.split()[0])}.com", conv, sf_id("003", g.r.randint(1, n_con)) if conv else None,
                sf_id("001", g.r.randint(1, n_acc)) if conv else None, uid(g.r.randint(1, n_user)), g.ts(2020, 2025, "T") + ".000Z",
                g.pick([True, False]), g.some(0.6, g.ip(0.2))]

    SUBJ = ["Cannot log in since password reset", "Invoice {inv} shows wrong VAT number", "Dashboard export to PDF fails", "Please delete my personal data (GDPR)",
            "API rate limit exceeded on nightly sync", "SSO broken for user {email}", "Request to add {name} as admin", "Urgent: production down"]
    DESC = ["Hi, since this morning none of our users can log in. Error 'INVALID_SESSION'. Regards, {name}",
            "Our finance team ({name}, {phone}) needs a corrected invoice.", "Steps: open report, click Export, choose PDF. Nothing happens. Chrome 126.",
            "I no longer work with your product. Please erase my data. My email is {email}.", "The nightly sync from our ERP fails at 02:00 UTC.",
            "User {email} gets 'SAML assertion invalid'.", ""]

    def case(g, i):
        cid = g.r.randint(1, n_con)
        p = contacts[cid - 1]
        acc = accounts[p["acc"] - 1]
        fill = dict(inv=f"INV-{g.r.randint(10000, 99999)}", email=f"{slug(p['first'])}.{slug(p['last'])}@{acc['domain']}",
                    name=f"{p['first']} {p['last']}", phone=sf_phone(g, acc["country"]))
        web = g.r.random() < 0.35
        return [sf_id("500", i), f"{i + 1000:08d}", sf_id("003", cid), sf_id("001", p["acc"]), g.pick(SUBJ).format(**fill), g.pick(DESC).format(**fill) or None,
                g.pick(["New", "Working", "Escalated", "Closed", "Closed"]), g.pick(["Low", "Medium", "High", "Critical"]), "Web" if web else g.pick(["Email", "Phone", "Chat"]),
                g.pick(["Problem", "Question", "Feature Request", None]), g.pick(["Installation", "Performance", "User Education", "Data Privacy", None]),
                fill["name"] if web else None, fill["email"] if web else None, g.some(0.5, fill["phone"]) if web else None, acc["name"] if web else None,
                uid(g.r.randint(1, n_user)), g.ts(2021, 2025, "T") + ".000Z", g.some(0.6, g.ts(2021, 2025, "T") + ".000Z"), g.pick([False, False, False, True])]

    def email_msg(g, i):
        case_no = g.r.randint(1, n_case)
        p = contacts[g.r.randint(1, n_con) - 1]
        acc = accounts[p["acc"] - 1]
        agent = users[g.r.randint(1, n_user) - 1]
        cust_addr = f"{slug(p['first'])}.{slug(p['last'])}@{acc['domain']}"
        agent_addr = f"{slug(agent['first'])}.{slug(agent['last'])}@{DOMAIN}"
        incoming = g.r.random() < 0.5
        cc = g.some(0.3, "; ".join(f"{slug(q['first'])}.{slug(q['last'])}@{acc['domain']}" for q in [g.person(p["culture"]) for _ in range(g.r.randint(1, 3))]))
        body = g.pick(["Hi {a},\n\nThanks for getting back to me. The issue persists. You can reach me on {ph}.\n\nBest,\n{c}",
                       "Dear {c},\n\nWe have deployed a fix. Please confirm.\n\nKind regards,\n{a}\nCorvid Cloud Support",
                       "Hello,\n\nPlease see attached logs.\n\n{c}\n{title}\n{co}",
                       "{c}, following our call: the sandbox refresh is scheduled for Saturday.\n\n{a}"]).format(
            a=agent["first"], c=f"{p['first']} {p['last']}" if g.r.random() < 0.5 else p["first"], ph=sf_phone(g, acc["country"], True),
            title=g.pick(TITLES), co=acc["name"])
        subj = f"{'RE: ' if g.r.random() < 0.6 else ''}[ ref:_00D5g{g.chars(ALNUM, 5)}._500{g.chars(ALNUM, 6)}:ref ] " + g.pick(SUBJ).format(
            inv=f"INV-{g.r.randint(10000, 99999)}", email=cust_addr, name=f"{p['first']} {p['last']}")
        return [sf_id("02s", i), sf_id("500", case_no), cust_addr if incoming else agent_addr,
                f"{p['first']} {p['last']}" if incoming else f"{agent['first']} {agent['last']} (Corvid Cloud Support)",
                agent_addr if incoming else cust_addr, cc,
                g.pick([None] * 8 + [f"archive@{DOMAIN}", f"{slug(users[0]['first'])}.{slug(users[0]['last'])}@{DOMAIN}",
                                     f"{slug(agent['first'])[0]}{slug(agent['last'])}@{DOMAIN}"]), subj, body,
                "<html><body>" + body.replace("\n", "<br>") + "</body></html>", g.ts(2021, 2025, "T") + ".000Z", incoming,
                g.pick(["0", "1", "3"]), f"<{g.chars(ALNUM, 24)}@{g.pick(['mail.gmail.com', 'eu-west-1.amazonses.com', 'corvidcloud.com'])}>"]

    def opportunity(g, i):
        acc = g.r.randint(1, n_acc)
        c = g.pick(contacts)
        return [sf_id("006", i), sf_id("001", acc), f"{accounts[acc - 1]['name']} - {g.pick(['Renewal', 'Expansion', 'New Business'])} {g.r.randint(2022, 2026)}",
                g.pick(["Prospecting", "Qualification", "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost"]),
                g.r.randint(5, 900) * 1000, g.date(2022, 2026), g.pick([10, 20, 50, 75, 90, 100, 0]), g.pick(["New Customer", "Existing Customer - Upgrade", "Renewal"]),
                g.pick(["Web", "Partner Referral", "Trade Show", None]),
                g.some(0.6, g.pick(["Send revised quote to {n} by Friday", "Legal review of DPA", "Demo for the CFO ({n})", "Waiting on PO"]).format(
                    n=f"{c['first']} {c['last']}")), uid(g.r.randint(1, n_user)), g.ts(2021, 2025, "T") + ".000Z",
                g.pick(["Pipeline", "Best Case", "Commit", "Closed", "Omitted"])]

    tables = [
        Table("User", n_user, [
            ("Id", "CHAR(18) PRIMARY KEY", "-"), ("Username", "VARCHAR(80)", "username"), ("LastName", "VARCHAR(80)", "last_name"),
            ("FirstName", "VARCHAR(40)", "first_name"), ("Name", "VARCHAR(121)", "name"), ("CompanyName", "VARCHAR(80)", "company"),
            ("Division", "VARCHAR(80)", "-"), ("Department", "VARCHAR(80)", "-"), ("Title", "VARCHAR(80)", "job_title"), ("City", "VARCHAR(40)", "city"),
            ("State", "VARCHAR(80)", "state"), ("Country", "VARCHAR(80)", "country"), ("Email", "VARCHAR(128)", "email"), ("Phone", "VARCHAR(40)", "phone"),
            ("Extension", "VARCHAR(40)", "-"), ("MobilePhone", "VARCHAR(40)", "phone"), ("Alias", "VARCHAR(8)", "username"),
            ("CommunityNickname", "VARCHAR(40)", "username"), ("IsActive", "BOOLEAN", "-"), ("TimeZoneSidKey", "VARCHAR(40)", "-"),
            ("LocaleSidKey", "VARCHAR(40)", "-"), ("UserRoleId", "CHAR(18)", "-"), ("ProfileId", "CHAR(18)", "-"),
            ("ManagerId", 'CHAR(18) REFERENCES "User"(Id)', "fk"), ("EmployeeNumber", "VARCHAR(20)", "other"), ("LastLoginDate", "TIMESTAMP", "-"),
            ("CreatedDate", "TIMESTAMP", "-"), ("AboutMe", "TEXT", "free_text"), ("SmallPhotoUrl", "VARCHAR(1024)", "url")], user),
        Table("Account", n_acc, [
            ("Id", "CHAR(18) PRIMARY KEY", "-"), ("Name", "VARCHAR(255)", "-"), ("Type", "VARCHAR(40)", "-"), ("Industry", "VARCHAR(40)", "-"),
            ("BillingStreet", "TEXT", "-"), ("BillingCity", "VARCHAR(40)", "-"), ("BillingState", "VARCHAR(80)", "-"), ("BillingPostalCode", "VARCHAR(20)", "-"),
            ("BillingCountry", "VARCHAR(80)", "-"), ("ShippingStreet", "TEXT", "-"), ("ShippingCity", "VARCHAR(40)", "-"),
            ("ShippingPostalCode", "VARCHAR(20)", "-"), ("ShippingCountry", "VARCHAR(80)", "-"), ("Phone", "VARCHAR(40)", "-"), ("Fax", "VARCHAR(40)", "-"),
            ("Website", "VARCHAR(255)", "-"), ("NumberOfEmployees", "INTEGER", "-"), ("AnnualRevenue", "DECIMAL(18,0)", "-"),
            ("AccountNumber", "VARCHAR(40)", "-"), ("Sic", "VARCHAR(20)", "-"), ("OwnerId", 'CHAR(18) REFERENCES "User"(Id)', "fk"),
            ("CreatedDate", "TIMESTAMP", "-"), ("Description", "TEXT", "-")], account),
        Table("Contact", n_con, [
            ("Id", "CHAR(18) PRIMARY KEY", "-"), ("AccountId", 'CHAR(18) REFERENCES "Account"(Id)', "fk"), ("Salutation", "VARCHAR(40)", "courtesy_title"),
            ("FirstName", "VARCHAR(40)", "first_name"), ("LastName", "VARCHAR(80)", "last_name"), ("Name", "VARCHAR(121)", "name"),
            ("Title", "VARCHAR(128)", "job_title"), ("Department", "VARCHAR(80)", "-"), ("Email", "VARCHAR(80)", "email"), ("Phone", "VARCHAR(40)", "phone"),
            ("MobilePhone", "VARCHAR(40)", "phone"), ("HomePhone", "VARCHAR(40)", "phone"), ("Fax", "VARCHAR(40)", "phone"),
            ("MailingStreet", "TEXT", "street_address"), ("MailingCity", "VARCHAR(40)", "city"), ("MailingState", "VARCHAR(80)", "state"),
            ("MailingPostalCode", "VARCHAR(20)", "postcode"), ("MailingCountry", "VARCHAR(80)", "country"), ("Birthdate", "DATE", "date_of_birth"),
            ("AssistantName", "VARCHAR(40)", "name"), ("AssistantPhone", "VARCHAR(40)", "phone"), ("LeadSource", "VARCHAR(40)", "-"),
            ("Description", "TEXT", "free_text"), ("OwnerId", 'CHAR(18) REFERENCES "User"(Id)', "fk"), ("HasOptedOutOfEmail", "BOOLEAN", "-"),
            ("DoNotCall", "BOOLEAN", "-"), ("LinkedIn_Profile__c", "VARCHAR(255)", "url"), ("Preferred_Language__c", "VARCHAR(40)", "-"),
            ("CreatedDate", "TIMESTAMP", "-"), ("LastActivityDate", "DATE", "-")], contact),
        Table("Lead", n_lead, [
            ("Id", "CHAR(18) PRIMARY KEY", "-"), ("FirstName", "VARCHAR(40)", "first_name"), ("LastName", "VARCHAR(80)", "last_name"),
            ("Salutation", "VARCHAR(40)", "courtesy_title"), ("Title", "VARCHAR(128)", "job_title"), ("Company", "VARCHAR(255)", "company"),
            ("Email", "VARCHAR(80)", "email"), ("Phone", "VARCHAR(40)", "phone"), ("MobilePhone", "VARCHAR(40)", "phone"), ("Street", "TEXT", "street_address"),
            ("City", "VARCHAR(40)", "city"), ("State", "VARCHAR(80)", "state"), ("PostalCode", "VARCHAR(20)", "postcode"), ("Country", "VARCHAR(80)", "country"),
            ("Status", "VARCHAR(40)", "-"), ("LeadSource", "VARCHAR(40)", "-"), ("Rating", "VARCHAR(10)", "-"), ("Industry", "VARCHAR(40)", "-"),
            ("NumberOfEmployees", "INTEGER", "-"), ("Description", "TEXT", "free_text"), ("Website", "VARCHAR(255)", "-"), ("IsConverted", "BOOLEAN", "-"),
            ("ConvertedContactId", 'CHAR(18) REFERENCES "Contact"(Id)', "fk"), ("ConvertedAccountId", 'CHAR(18) REFERENCES "Account"(Id)', "fk"),
            ("OwnerId", 'CHAR(18) REFERENCES "User"(Id)', "fk"), ("CreatedDate", "TIMESTAMP", "-"), ("GDPR_Consent__c", "BOOLEAN", "-"),
            ("Web_IP_Address__c", "VARCHAR(45)", "ip_address")], lead),
        Table("Case", n_case, [
            ("Id", "CHAR(18) PRIMARY KEY", "-"), ("CaseNumber", "VARCHAR(30)", "-"), ("ContactId", 'CHAR(18) REFERENCES "Contact"(Id)', "fk"),
            ("AccountId", 'CHAR(18) REFERENCES "Account"(Id)', "fk"), ("Subject", "VARCHAR(255)", "free_text"), ("Description", "TEXT", "free_text"),
            ("Status", "VARCHAR(40)", "-"), ("Priority", "VARCHAR(40)", "-"), ("Origin", "VARCHAR(40)", "-"), ("Type", "VARCHAR(40)", "-"),
            ("Reason", "VARCHAR(40)", "-"), ("SuppliedName", "VARCHAR(80)", "name"), ("SuppliedEmail", "VARCHAR(80)", "email"),
            ("SuppliedPhone", "VARCHAR(40)", "phone"), ("SuppliedCompany", "VARCHAR(80)", "company"), ("OwnerId", 'CHAR(18) REFERENCES "User"(Id)', "fk"),
            ("CreatedDate", "TIMESTAMP", "-"), ("ClosedDate", "TIMESTAMP", "-"), ("IsEscalated", "BOOLEAN", "-")], case),
        Table("EmailMessage", 760, [
            ("Id", "CHAR(18) PRIMARY KEY", "-"), ("ParentId", 'CHAR(18) REFERENCES "Case"(Id)', "fk"), ("FromAddress", "VARCHAR(255)", "email"),
            ("FromName", "VARCHAR(255)", "name"), ("ToAddress", "VARCHAR(4000)", "email"), ("CcAddress", "VARCHAR(4000)", "email"),
            ("BccAddress", "VARCHAR(4000)", "email"), ("Subject", "VARCHAR(3000)", "free_text"), ("TextBody", "TEXT", "free_text"), ("HtmlBody", "TEXT", "free_text"),
            ("MessageDate", "TIMESTAMP", "-"), ("Incoming", "BOOLEAN", "-"), ("Status", "VARCHAR(2)", "-"), ("MessageIdentifier", "VARCHAR(255)", "-")], email_msg),
        Table("Opportunity", n_opp, [
            ("Id", "CHAR(18) PRIMARY KEY", "-"), ("AccountId", 'CHAR(18) REFERENCES "Account"(Id)', "fk"), ("Name", "VARCHAR(120)", "-"),
            ("StageName", "VARCHAR(40)", "-"), ("Amount", "DECIMAL(18,2)", "-"), ("CloseDate", "DATE", "-"), ("Probability", "INTEGER", "-"),
            ("Type", "VARCHAR(40)", "-"), ("LeadSource", "VARCHAR(40)", "-"), ("NextStep", "VARCHAR(255)", "free_text"),
            ("OwnerId", 'CHAR(18) REFERENCES "User"(Id)', "fk"), ("CreatedDate", "TIMESTAMP", "-"), ("ForecastCategoryName", "VARCHAR(40)", "-")], opportunity),
        Table("Note", 0, [
            ("Id", "CHAR(18) PRIMARY KEY", "-"), ("ParentId", 'CHAR(18) REFERENCES "Contact"(Id)', "fk"), ("Title", "VARCHAR(80)", "free_text"),
            ("Body", "TEXT", "free_text"), ("OwnerId", 'CHAR(18) REFERENCES "User"(Id)', "fk"), ("IsPrivate", "BOOLEAN", "-"),
            ("CreatedDate", "TIMESTAMP", "-")], None),
    ]
    return "sfdc_org", tables, g


def main():
    os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
    labels = []
    for build in (ehr_fhir, moodle_lms, corebank, telco_bss, tsuhan_jp, sfdc_org):
        db, tables, g = build()
        write_db(db, tables, g, labels)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# database\ttable\tcolumn\tkind   (kind: a PIIKind, - for not personal, fk for a foreign key; see ../README.md and README.md)\n")
        for row in labels:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
