import CheckoutDomain
import CheckoutTUICore
import Foundation
import Testing

/// Recording a run, replaying it headless, and exporting it as asciicast v2: same run, no card number anywhere.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct RecordingReplayTests {
    static let size = Size(width: 100, height: 30)

    /// A card payment typed on sg-card-first-payment, recorded as the live run would record it.
    static func record(before levers: [String] = []) async throws -> (recording: Data, app: CheckoutApp) {
        let cards = try SandboxTestCards.bundled()
        let scenario = try ScenarioLibrary(testCards: cards).load("sg-card-first-payment")
        let clock = ManualClock(SimulatedCheckout.defaultStart)
        let checkout = try SimulatedCheckout(
            scenario: scenario, scenarioName: "sg-card-first-payment", mode: .embedded, clock: clock, testCards: cards)
        let log = RecordingLog(testCards: cards)
        let keys = levers + ["Down", "Down", "Enter"] + HeadlessFixtures.visa.map(String.init)
            + ["Tab", "1", "2", "3", "0", "Tab", "1", "2", "3", "Tab"] + "GAGA TEST".map { $0 == " " ? "Space" : String($0) }
            + ["Enter"]
        let runner = checkout.runner
        let program = Program(
            model: RecordingCheckoutApp(
                app: CheckoutApp(environment: checkout.environment, size: size), log: log,
                startedAt: SimulatedCheckout.defaultStart),
            backend: try ScriptedBackend(size: size, keyNames: keys)
        ) { command in await runner.perform(command) }
        let finished = await program.runHeadless()
        let recording = Recording(
            scenario: "sg-card-first-payment", embeddedScenario: nil, size: size, mode: .embedded, ascii: false,
            monochrome: false, explain: false, startedAt: SimulatedCheckout.defaultStart, events: log.events)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try encoder.encode(recording), finished.app)
    }

    static func replay(_ data: Data) throws -> Replay {
        let cards = try SandboxTestCards.bundled()
        let library = ScenarioLibrary(testCards: cards)
        return try Replay(data: data, source: "run.json", testCards: cards) { name throws(ScenarioError) in
            try library.load(name)
        }
    }

    @Test("the recording holds the card as a test-card reference, never its digits")
    func noCardNumber() async throws {
        let (data, _) = try await Self.record()
        let text = String(decoding: data, as: UTF8.self)
        for card in try SandboxTestCards.bundled().numbers {
            #expect(!text.contains(card.digits), "\(card.masked) is in the recording")
        }
        #expect(text.contains("\"testCard\":\"…0768\""))
    }

    @Test("the CVV and expiry keystrokes are never stored: their count and times, and what the expiry meant")
    func noCVVOrExpiry() async throws {
        let (data, _) = try await Self.record()
        let recording = try JSONDecoder().decode(Recording.self, from: data)
        let digitKeys = recording.events.compactMap(\.key).filter { $0.count == 1 && $0.first?.isNumber == true }
        #expect(digitKeys.isEmpty, "digits stored as keys: \(digitKeys)")
        let cvv = try #require(recording.events.first { $0.masked == .cvv })
        #expect(cvv.times?.count == 3)
        let expiry = try #require(recording.events.first { $0.masked == .expiry })
        #expect(expiry.expiry == .valid && expiry.times?.count == 4)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("1230") && !text.contains("\"123\""))
    }

    @Test("a typed expiry is kept as what it meant; the replay types one that means the same", arguments: [
        ("1230", ExpiryMeaning.valid), ("1330", .invalidMonth), ("0025", .invalidMonth), ("0125", .past), ("12", .incomplete),
    ])
    func expiryMeaning(typed: String, meaning: ExpiryMeaning) {
        let start = SimulatedCheckout.defaultStart
        #expect(ExpiryMeaning(typed: typed, at: start) == meaning)
        let replayed = meaning.digits(count: typed.count, at: start)
        #expect(replayed.count == typed.count)
        if typed.count == 4 { #expect(ExpiryMeaning(typed: replayed, at: start) == meaning) }
    }

    @Test("the replay writes times in the recorded run's time zone, so the header shows what the run showed")
    func recordedTimeZone() async throws {
        let (data, _) = try await Self.record()
        var recording = try JSONDecoder().decode(Recording.self, from: data)
        #expect(recording.timeZone == "GMT")
        recording.timeZone = "Asia/Tokyo"
        let player = try Self.replay(try JSONEncoder().encode(recording))
            .makeSession(testCards: try SandboxTestCards.bundled(), glyphs: .unicode)
        await player.start()
        #expect(player.session.app.environment.timeZone.identifier == "Asia/Tokyo")
        // The run started at 2026-01-01 00:00 UTC: 09:00 in Tokyo.
        #expect(player.session.frame.textLines()[0].contains("09:00:00"))
    }

    @Test("replaying the recording gives the same run: the same timeline, paid")
    func roundTrip() async throws {
        let (data, recorded) = try await Self.record()
        let player = try Self.replay(data).makeSession(testCards: try SandboxTestCards.bundled(), glyphs: .unicode)
        await player.start()
        _ = await player.framesHeadless()
        let replayed = player.session.app
        #expect(replayed.state.timeline.entries.map(\.title) == recorded.state.timeline.entries.map(\.title))
        #expect(replayed.state.timeline.entries.map(\.summary) == recorded.state.timeline.entries.map(\.summary))
        #expect(replayed.state.merchant.phase == .succeeded)
    }

    @Test("f and T work while recording (the in-process mock's levers) and replay identically")
    func leversWhileRecording() async throws {
        // Force a 3DS challenge (the third outcome), close the picker, jump one minute, then pay.
        let (data, recorded) = try await Self.record(before: ["f", "3", "Escape", "T", "1"])
        let titles = recorded.state.timeline.entries.map(\.title)
        #expect(titles.contains { $0.hasPrefix("forced: ") })
        #expect(titles.contains { $0.hasPrefix("time +") })
        #expect(titles.contains("SDK_PAYMENT_CHALLENGE"))
        #expect(!titles.contains("unavailable"))
        let player = try Self.replay(data).makeSession(testCards: try SandboxTestCards.bundled(), glyphs: .unicode)
        await player.start()
        _ = await player.framesHeadless()
        let replayed = player.session.app
        #expect(replayed.state.timeline.entries.map(\.title) == titles)
        #expect(replayed.state.timeline.entries.map(\.summary) == recorded.state.timeline.entries.map(\.summary))
    }

    @Test("a recording with an unknown test card or key name is refused naming the event")
    func badRecording() throws {
        let bad = """
            {"version": 1, "scenario": "sg-card-first-payment", "width": 80, "height": 24, "mode": "embedded",
             "ascii": false, "monochrome": false, "explain": false, "startedAt": "2026-01-01T00:00:00+00:00",
             "events": [{"at": 0, "key": "Down"}, {"at": 5, "testCard": "…1111", "times": [5]}]}
            """
        #expect(throws: RecordingError(source: "run.json", problem: "event 2: …1111 is not one of Antom's sandbox test cards")) {
            try Self.replay(Data(bad.utf8))
        }
        let badKey = bad.replacingOccurrences(of: "\"Down\"", with: "\"Jump\"")
        #expect(throws: RecordingError(source: "run.json", problem: "event 1: unknown key name \"Jump\" (`checkout-tui keys names` lists them all)")) {
            try Self.replay(Data(badKey.utf8))
        }
    }

    @Test("export-cast: valid asciicast v2 with monotonic times, the page's text, and no card number")
    func asciicast() async throws {
        let (data, _) = try await Self.record()
        let replay = try Self.replay(data)
        let cards = try SandboxTestCards.bundled()
        let player = try replay.makeSession(testCards: cards, glyphs: .unicode)
        await player.start()
        let frames = await player.framesHeadless()
        let cast = Asciicast(
            size: Self.size, colors: true, redactor: CardNumberRedactor(testCards: cards), timestamp: replay.startedAt
        ).render(frames)
        let lines = cast.split(separator: "\n").map(String.init)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 100)
        #expect(header["height"] as? Int == 30)
        #expect(header["timestamp"] as? Int == 1_767_225_600)
        #expect((header["env"] as? [String: String]) == ["TERM": "xterm-256color", "SHELL": "/bin/sh"])
        var last = 0.0
        var output = ""
        for line in lines.dropFirst() {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            let time = try #require(event[0] as? Double)
            #expect(time >= last)
            last = time
            #expect(event[1] as? String == "o")
            output += try #require(event[2] as? String)
        }
        #expect(lines.count > 10)
        #expect(output.contains("\u{1b}[1;1H"))
        #expect(output.contains("SDK_PAYMENT_SUCCESSFUL"))
        #expect(!output.contains("4054 6957 2310 0768"))
        #expect(!output.contains("4054695723100768"))
        #expect(!output.contains("4054 6957 2310"))
    }
}
