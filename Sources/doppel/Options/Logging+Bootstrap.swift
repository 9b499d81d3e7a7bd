import Logging

/// Sends log messages to stderr: warnings by default, each step with `--verbose`. Only the executable
/// configures logging; the library takes the logger it is given.
enum LoggingSetup {
    static func logger(verbose: Bool, quiet: Bool) -> Logger {
        var logger = Logger(label: "doppel") { label in StreamLogHandler.standardError(label: label) }
        logger.logLevel = quiet ? .error : verbose ? .info : .warning
        return logger
    }
}
