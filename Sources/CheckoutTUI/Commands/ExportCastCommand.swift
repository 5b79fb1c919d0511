import ArgumentParser
import CheckoutDomain
import CheckoutTUICore
import Foundation

/// `checkout-tui export-cast FILE OUT.cast [--size WxH]`: renders a recording headlessly as an asciicast v2 file.
struct ExportCastCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-cast",
        abstract: "Render a recording as an asciicast v2 file (play it with `asciinema play OUT.cast`).")

    @Argument(help: "A recording made with `checkout-tui --record FILE`.")
    var recording: String

    @Argument(help: "The .cast file to write.")
    var output: String

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Render at this size instead of the recorded one.", valueName: "WxH"),
        transform: TerminalSize.parse)
    var size: TerminalSize?

    func validate() throws {
        try size?.requireDrawable(flag: "--size")
    }

    @MainActor
    func run() async throws {
        let (replay, environment) = try ReplayLoader.load(recording)
        let chosen = size?.size ?? replay.recording.size
        let player = try replay.makeSession(
            testCards: environment.testCards, glyphs: replay.recording.ascii ? .ascii : .unicode)
        if chosen != replay.recording.size { await player.session.press(.resize(chosen)) }
        await player.start()
        let frames = await player.framesHeadless()
        let cast = Asciicast(
            size: chosen, colors: !replay.recording.monochrome,
            redactor: CardNumberRedactor(testCards: environment.testCards), timestamp: replay.startedAt)
        try HeadlessExit.write(cast.render(frames), to: output)
        print("Wrote \(frames.count) frames to \(output)")
    }
}
