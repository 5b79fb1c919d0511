import ArgumentParser

/// The process's entry: malloc is tuned before any thread exists, the bundled data starts decoding beside the main
/// thread, then the command line is parsed and run.
@main
enum CheckoutTUIMain {
    static func main() async {
        MallocArenas.limit(to: 1)
        BundledDataPrefetch.start()
        await CheckoutTUICommand.main()
    }
}

/// `checkout-tui`: the root command; with no subcommand it opens the Checkout Page in the terminal.
struct CheckoutTUICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkout-tui",
        abstract: "A terminal simulator of Antom's embedded Checkout Page.",
        subcommands: [
            RunCommand.self, NewCommand.self, ScenariosCommand.self, ServeCommand.self, SimCommand.self, KeysCommand.self,
            PlayCommand.self, ReplayCommand.self, ExportCastCommand.self, TrainCommand.self,
        ],
        defaultSubcommand: RunCommand.self)
}
