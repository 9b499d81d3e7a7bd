import ArgumentParser
import DoppelCore
import DoppelEngine
import DoppelPolicy
import Foundation

extension Doppel {
    /// `doppel init`: drafts a complete, checked policy for a live source.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draft a complete policy for a database: every column with a rule and the reason for it.",
            discussion: """
                Reads the schema and at most --sample-rows rows of each table (read-only, in one snapshot), finds \
                the personal columns from their names and values (emails, phones, names, addresses, IBANs and \
                cards with their checksums, national ids, IPs, dates of birth, personal data inside free text \
                and JSON), and writes a policy that names every table and column. Each line says why, in counts \
                (`name matches email; 98 % of 500 sampled values are emails`), never values. Nothing leaves the \
                machine. The draft is checked as `doppel check` checks it; a column the check refuses gets its \
                next safest rule.

                Exit status 0 when the draft passes `doppel check`, 1 when problems remain (they are listed).

                With --update FILE, brings a policy up to date for a nightly refresh instead: columns and tables the \
                source gained get drafted entries (under their table, or as a new table block), entries the source \
                no longer has are marked with a comment for you to remove, and every hand edit and comment stays.

                Examples:
                  doppel init --source sqlite:shop.db --out Policies/shop.yaml
                  doppel init --source postgres://reader@db.internal/shop --sample-rows 2000 > shop.yaml
                  doppel init --source sqlite:shop.db --update Policies/shop.yaml
                """)

        @Option(help: ArgumentHelp("The source database, read-only (sqlite:PATH, postgres://… or env:NAME).", valueName: "url"))
        var source: String

        @Option(help: ArgumentHelp("Where to write the policy (default: standard output).", valueName: "path"))
        var out: String?

        @Option(help: ArgumentHelp("The most rows read per table for detection.", valueName: "count"))
        var sampleRows: Int = 1000

        @Flag(help: "Replace the file at --out if it exists.")
        var force = false

        @Option(help: ArgumentHelp("Update this policy in place: add what the source gained, mark what it lost.", valueName: "path"))
        var update: String?

        func validate() throws {
            if update != nil && out != nil { throw ValidationError("--update edits its file in place; leave out --out") }
            guard sampleRows >= 0 else { throw ValidationError("--sample-rows must be 0 or more (0 decides by names alone)") }
            if let out, !force, FileManager.default.fileExists(atPath: out) {
                throw ValidationError("\(out) exists; choose another --out, or add --force to replace it")
            }
        }

        func run() throws {
            if let update {
                try reportingFailures {
                    let changes = try PolicyUpdate.make(
                        policyPath: update, source: try parseConnection(source, option: "--source"), drafter: PolicyDrafter(sampleLimit: sampleRows))
                    if !changes.isEmpty {
                        do {
                            try changes.text.write(toFile: update, atomically: true, encoding: .utf8)
                        } catch {
                            throw UsageError("cannot write \(update): \(error.localizedDescription)")
                        }
                    }
                    print(Self.summary(of: changes, path: update))
                }
                return
            }
            let showProgress = isatty(STDERR_FILENO) == 1
            let draft = try reportingFailures { () throws -> PolicyDraft in
                let drafter = PolicyDrafter(sampleLimit: sampleRows) { table, position, count in
                    guard showProgress else { return }
                    printErrorInPlace("sampling \(position)/\(count): \(table)")
                }
                let draft = try drafter.draft(source: try parseConnection(source, option: "--source"))
                if showProgress { printErrorInPlace("") }
                let text = draft.yaml
                if let out {
                    do {
                        try text.write(toFile: out, atomically: true, encoding: .utf8)
                    } catch {
                        throw UsageError("cannot write \(out): \(error.localizedDescription); check that its folder exists and is writable")
                    }
                } else {
                    print(text, terminator: "")
                }
                return draft
            }
            printError(Self.summary(of: draft, out: out))
            let errors = draft.diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty {
                for line in DiagnosticCap.lines(errors) { printError(line) }
                throw ExitCode(ExitStatus.policyProblems.rawValue)
            }
        }

        /// What `--update` did, one line per change.
        static func summary(of update: PolicyUpdate, path: String) -> String {
            guard !update.isEmpty else { return "\(path) is up to date with the source" }
            var lines = ["Updated \(path): \(update.added.count) column(s) and \(update.addedTables.count) table(s) added, \(update.dropped.count) entr(ies) marked as gone"]
            lines += update.added.map { "  added   \($0)" } + update.addedTables.map { "  added   table \($0)" }
            lines += update.dropped.map { "  marked  \($0) (no longer in the source: remove it)" }
            lines += update.notPlaced.map { "  by hand \($0)" }
            lines.append("Review the added `pii:` lines, then run `doppel check --policy \(path) --source URL`.")
            return lines.joined(separator: "\n")
        }

        /// `Drafted 11 tables, 64 columns: 9 personal (email 2, phone 2, …); doppel check: ok → shop.yaml`.
        static func summary(of draft: PolicyDraft, out: String?) -> String {
            let columns = draft.tables.reduce(0) { $0 + $1.columns.count }
            let personal = draft.personalColumns
            var kinds: [String: Int] = [:]
            for column in personal { kinds[column.kind.rawValue, default: 0] += 1 }
            let byKind = kinds.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let errors = draft.diagnostics.filter { $0.severity == .error }.count
            let check = errors == 0 ? "doppel check: ok" : "doppel check: \(errors) error(s) left for you to fix"
            return "Drafted \(draft.tables.count) tables, \(columns) columns: \(personal.count) personal"
                + (byKind.isEmpty ? "" : " (\(byKind))") + "; \(check)" + (out.map { " → \($0)" } ?? "")
        }
    }
}

/// Rewrites the current line of standard error (a progress line on a terminal).
private func printErrorInPlace(_ text: String) {
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
}
