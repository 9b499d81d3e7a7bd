import ArgumentParser

/// `--ledger PATH`, spelled the same in every command that records or lists runs.
struct LedgerOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The run ledger (default: $DOPPEL_LEDGER or ~/.local/state/doppel/ledger.sqlite).", valueName: "path"))
    var ledger: String?
}
