import ArgumentParser

/// `--policy PATH`, spelled the same in every command.
struct PolicyOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The policy file (YAML).", valueName: "path"))
    var policy: String
}
