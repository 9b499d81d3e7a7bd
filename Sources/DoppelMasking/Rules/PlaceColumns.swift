import DoppelCore
import DoppelPolicy
import DoppelFakers

/// The columns of a table whose location fakes (`city`, `state`, `region`, `postcode`, `country`, without
/// `unique: true`) come from one place per row, and the kept columns that tell the source row's country and state.
///
/// Every member column finds the same members in the same order, so each draws the same place for a row. A
/// table with two columns of one kind holds several addresses (`billing_city`, `shipping_city`): then a first
/// word that begins two or more location columns (`billing_`) makes a place of its own.
struct PlaceColumns {
    /// A location column of the place.
    struct Member {
        var name: String
        var kind: FakeKind
        /// Its position in a ``RowContext``; nil for a part of a JSON value, which is its own place.
        var index: Int?
        /// The most characters its fake may have.
        var maxLength: Int?
    }

    /// The kinds that are parts of a place.
    static let kinds: Set<FakeKind> = [.city, .state, .region, .postcode, .country]

    /// By kind, then name: the same order for every member.
    let members: [Member]
    /// The position of the column being faked in ``members``.
    let own: Int
    /// The position in a ``RowContext`` of a kept column naming the source's country.
    let countryIndex: Int?
    /// The position in a ``RowContext`` of a kept column naming the source's state, when no state is faked: a
    /// fake city (and postcode) then lies in that state, where it is a US state.
    let stateIndex: Int?

    /// Whether the country is faked too: then it is drawn by population, and the place within it.
    var drawsCountry: Bool { members.contains { $0.kind == .country } }

    /// The place of `context`'s column, which fakes `kind`.
    init(_ context: RuleContext, kind: FakeKind) {
        let table = context.table
        let ownName = context.column.name
        let ownMember = Member(name: ownName, kind: kind, index: context.columnIndexes[ownName], maxLength: ColumnChecks.maxLength(of: context.column, in: table))
        guard ownMember.index != nil else {
            members = [ownMember]
            own = 0
            countryIndex = nil
            stateIndex = nil
            return
        }
        var members = [ownMember]
        for (name, policy) in context.siblings where name != ownName && policy.rule == FakeRule.descriptor.name && !policy.unique {
            guard let siblingKind = FakeRule.kind(of: policy), PlaceColumns.kinds.contains(siblingKind), let index = context.columnIndexes[name] else { continue }
            members.append(Member(name: name, kind: siblingKind, index: index, maxLength: table.column(named: name).flatMap { ColumnChecks.maxLength(of: $0, in: table) }))
        }
        let countries = context.siblings.filter { name, policy in
            policy.rule == KeepRule.descriptor.name && (policy.pii == .country || PlaceColumns.namesACountry(name)) && context.columnIndexes[name] != nil
        }.keys.sorted()
        let word = PlaceColumns.firstWord(of: ownName)
        var prefixes: Set<Substring> = []
        if Set(members.map(\.kind)).count < members.count {
            // Several addresses: a first word that begins two location columns names one (`billing_city`, `billing_country`).
            var counts: [Substring: Int] = [:]
            for name in members.map(\.name) + countries { counts[PlaceColumns.firstWord(of: name), default: 0] += 1 }
            prefixes = Set(counts.filter { $0.value > 1 }.keys)
        }
        let isOurs = { (name: String) -> Bool in
            let other = PlaceColumns.firstWord(of: name)
            return prefixes.contains(word) ? other == word : !prefixes.contains(other)
        }
        members = members.filter { $0.name == ownName || isOurs($0.name) }
        members.sort { ($0.kind.rawValue, $0.name) < ($1.kind.rawValue, $1.name) }
        self.members = members
        own = members.firstIndex { $0.name == ownName } ?? 0
        let country = countries.first { PlaceColumns.firstWord(of: $0) == word } ?? countries.first(where: isOurs)
        countryIndex = country.flatMap { context.columnIndexes[$0] }
        let states = context.siblings.filter { name, policy in
            policy.rule == KeepRule.descriptor.name && (policy.pii == .state || policy.pii == .region || PlaceColumns.namesAState(name))
                && context.columnIndexes[name] != nil
        }.keys.sorted()
        let state = members.contains { $0.kind == .state || $0.kind == .region }
            ? nil : states.first { PlaceColumns.firstWord(of: $0) == word } ?? states.first(where: isOurs)
        stateIndex = state.flatMap { context.columnIndexes[$0] }
    }

    /// Whether a column's name says it holds a US state: `state`, `state_code`, `billing_state`, `StateAbbr`.
    static func namesAState(_ name: String) -> Bool {
        let lowered = name.lowercased().filter { $0 != "_" && $0 != " " }
        return ["state", "statecode", "stateabbr", "statename"].contains { lowered.hasSuffix($0) }
    }

    /// The first word of a column name (`billing` of `billing_city`), lowercased.
    static func firstWord(of name: String) -> Substring {
        Substring(name.lowercased()).prefix { $0 != "_" && $0 != " " }
    }

    /// Whether a column's name says it holds a country: `country`, `country_code`, `billing_country_name`, `CountryCode`.
    static func namesACountry(_ name: String) -> Bool {
        let lowered = name.lowercased().filter { $0 != "_" && $0 != " " }
        return ["country", "countrycode", "countryname", "countryiso", "countryiso2"].contains { lowered.hasSuffix($0) }
    }
}
