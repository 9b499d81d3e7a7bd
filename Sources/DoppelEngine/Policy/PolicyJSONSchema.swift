import DoppelMasking
import DoppelPolicy
import Foundation

/// The JSON Schema (draft 2020-12) of the policy format, for editors (`# yaml-language-server: $schema=…`).
///
/// Built from the loader's keys and the same rule descriptors `doppel rules` and the validator read, so it
/// cannot drift from them: `Policies/policy.schema.json` is this schema, and a test holds the two equal.
/// The schema checks shape (keys, kinds, rule names, each rule's parameters); `doppel check` checks the
/// rest against the schema of the database.
package enum PolicyJSONSchema {
    /// The schema, as pretty-printed JSON with sorted keys and a final newline.
    package static func text() throws -> String {
        let data = try JSONSerialization.data(withJSONObject: schema(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func schema() -> [String: Any] {
        let rules = RuleRegistry.descriptors
        let modes = TablePolicy.Mode.allCases.map(\.rawValue)
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "Doppel policy",
            "description": "How a source database becomes a safe clone: a rule for every table and column. Policies/README.md documents each key; `doppel rules` lists the rules.",
            "type": "object",
            "required": ["version"],
            "additionalProperties": false,
            "properties": [
                "version": ["const": 1, "description": "The format's version."],
                "seed": ["type": "integer", "minimum": 0, "description": "Keys every draw: the same seed, secret and source give the same clone."],
                "secret": ["type": "string", "pattern": "^(env|file):.+$", "description": "Where the secret comes from (`env:NAME` or `file:PATH`); never the secret itself."],
                "unlisted": ["enum": Policy.Unlisted.allCases.map(\.rawValue), "description": "`fail`: a table or column the policy does not name stops the run."],
                "unsupported": ["enum": Policy.Unsupported.allCases.map(\.rawValue), "description": "What to do with objects the target cannot express."],
                "roles": [
                    "type": "object", "description": "Source roles mapped to target roles (`~` drops the role's grants).",
                    "additionalProperties": ["type": ["string", "null"]],
                ],
                "leave_out": ["type": "array", "items": ["type": "string"], "description": "Objects of the source to leave out, named as `doppel inspect` lists them."],
                "min_count": ["type": "integer", "minimum": 1, "description": "A model keeps no value seen in fewer rows."],
                "min_count_applies_to": ["enum": Policy.MinCountScope.allCases.map(\.rawValue)],
                "include": [
                    "description": "Policy files (relative to this one) whose `default`, `patterns` and `tables` this policy takes where it says nothing itself.",
                    "oneOf": [["type": "string"], ["type": "array", "items": ["type": "string"]]],
                ] as [String: Any],
                "default": ["$ref": "#/$defs/column", "description": "The entry of every column no other entry decides (`keep`)."],
                "patterns": [
                    "type": "object", "additionalProperties": ["$ref": "#/$defs/column"],
                    "description": "Entries for the columns a pattern selects: `\"*.updated_at\"` (globs over table.column, case-insensitive) or `\"type:timestamptz\"`; the most specific wins.",
                ] as [String: Any],
                "tables": ["type": "object", "additionalProperties": ["$ref": "#/$defs/table"], "description": "Each table by name."],
                "subset": [
                    "type": "object", "additionalProperties": false, "required": ["start"],
                    "description": "Keep part of the source: rows picked at start points, every row they reference, and the rows that reference them (as `children` says).",
                    "properties": [
                        "start": [
                            "type": "object", "minProperties": 1, "description": "Tables where the subset starts, each with a condition or a sample.",
                            "additionalProperties": [
                                "oneOf": [
                                    ["type": "string", "description": "A condition in the source's SQL."],
                                    [
                                        "type": "object", "additionalProperties": false,
                                        "properties": [
                                            "where": ["type": "string", "description": "A condition in the source's SQL."],
                                            "percent": ["type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "A keyed sample of this percentage of the rows."],
                                            "rows": ["type": "integer", "minimum": 1, "description": "A keyed sample of this many rows."],
                                        ] as [String: Any],
                                    ] as [String: Any],
                                ] as [Any],
                            ] as [String: Any],
                        ] as [String: Any],
                        "depth": ["type": "integer", "minimum": 0, "description": "References followed down from a start table (default: all)."],
                        "children": ["$ref": "#/$defs/children"],
                    ] as [String: Any],
                ] as [String: Any],
            ] as [String: Any],
            "$defs": [
                "table": [
                    "oneOf": [
                        ["enum": modes, "description": "Short for `{ mode: … }`."],
                        [
                            "type": "object",
                            "additionalProperties": false,
                            "properties": [
                                "mode": ["enum": modes],
                                "where": ["type": "string", "description": "A condition in the source's SQL; children of dropped rows are dropped too."],
                                "orphans": ["enum": TablePolicy.Orphans.allCases.map(\.rawValue)],
                                "rows": [
                                    "description": "Rows of a synthesized table: a count, or a factor of the fitted count (`2x`).",
                                    "oneOf": [["type": "integer", "minimum": 1], ["type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?x$"]],
                                ] as [String: Any],
                                "default": ["$ref": "#/$defs/column", "description": "The entry of this table's columns no other entry decides."],
                                "columns": ["type": "object", "additionalProperties": ["$ref": "#/$defs/column"]],
                                "children": ["$ref": "#/$defs/children"],
                                "keep_rows": ["enum": ["all", "referenced"], "description": "Under `subset`: `all` keeps the whole table (a lookup table)."],
                            ] as [String: Any],
                        ],
                    ] as [Any],
                ],
                "column": column(rules: rules),
                "children": [
                    "description": "Under `subset`: which rows referencing a kept row are kept (`all`, the default; `none`; or a keyed percentage).",
                    "oneOf": [
                        ["enum": ["all", "none"]],
                        [
                            "type": "object", "additionalProperties": false, "required": ["percent"],
                            "properties": ["percent": ["type": "number", "exclusiveMinimum": 0, "maximum": 100]],
                        ] as [String: Any],
                    ] as [Any],
                ] as [String: Any],
            ] as [String: Any],
        ]
    }

    /// A column entry: a rule's name, or a mapping with `rule:` and that rule's parameters.
    static func column(rules: [RuleDescriptor]) -> [String: Any] {
        let names = rules.map(\.name)
        let base: [String: Any] = [
            "pii": ["enum": PIIKind.allCases.map(\.rawValue) + ["none"], "description": "What personal data the column holds."],
            "rule": ["enum": names],
            "unique": ["type": "boolean", "description": "The output must stay unique (an injective rule or a tagged fake)."],
            "carry_as": ["type": "string", "description": "A type of the target engine to carry the column as."],
        ]
        var properties = base
        var perRule: [[String: Any]] = []
        for rule in rules {
            var allowed = Array(base.keys)
            for parameter in rule.parameters {
                properties[parameter.name] = parameterSchema(parameter)
                allowed.append(parameter.name)
            }
            var then: [String: Any] = ["propertyNames": ["enum": allowed.sorted()]]
            let required = rule.parameters.filter(\.isRequired).map(\.name)
            if !required.isEmpty { then["required"] = required }
            perRule.append([
                "if": ["properties": ["rule": ["const": rule.name]], "required": ["rule"]],
                "then": then,
            ])
        }
        return [
            "oneOf": [
                ["enum": names, "description": "Short for `{ rule: … }`."],
                [
                    "type": "object",
                    "description": "A rule with its parameters (in a synthesized table `rule` may be left out).",
                    "additionalProperties": false,
                    "properties": properties,
                    "allOf": perRule,
                ] as [String: Any],
            ] as [Any],
        ]
    }

    static func parameterSchema(_ parameter: RuleDescriptor.Parameter) -> [String: Any] {
        var schema: [String: Any] = ["description": parameter.summary]
        switch parameter.kind {
        case .text, .column: schema["type"] = "string"
        case .integer(let range):
            schema["type"] = "integer"
            schema["minimum"] = range.lowerBound
            schema["maximum"] = range.upperBound
        case .number: schema["type"] = "number"
        case .boolean: schema["type"] = "boolean"
        case .choice(let values): schema["enum"] = values
        case .paths: schema["type"] = "object"
            schema["additionalProperties"] = ["$ref": "#/$defs/column"]
        }
        return schema
    }
}
