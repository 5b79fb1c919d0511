import CheckoutDomain
import Foundation
import Testing

/// Case files: every error names the file and the field.
@Suite
struct TrainingCaseDecoderTests {
    static let valid = """
        {"title": {"en_US": "T"}, "scenario": "sg-card-first-payment", "steps": [{"pay": true}],
         "ticket": {"from": "buyer", "text": {"en_US": "Help"}},
         "questions": [
           {"id": "evidence", "kind": "evidence", "answer": {"event": "SDK_PAYMENT_FAIL"}, "why": {"en_US": "w"}},
           {"id": "cause", "kind": "whatHappened", "choices": [{"id": "a", "text": {"en_US": "A"}}, {"id": "b", "text": {"en_US": "B"}}],
            "answer": "a", "why": {"en_US": "w"}},
           {"id": "fix", "kind": "merchantFix", "choices": [{"id": "a", "text": {"en_US": "A"}}, {"id": "b", "text": {"en_US": "B"}}],
            "answer": "b", "why": {"en_US": "w"}}
         ]}
        """

    private func problem(_ json: String) -> String? {
        do {
            _ = try TrainingCaseDecoder.decode(Data(json.utf8), id: "c", file: "c.json")
            return nil
        } catch {
            return error.description
        }
    }

    @Test("a valid case decodes with its id, an inline scenario too")
    func valid() throws {
        let decoded = try TrainingCaseDecoder.decode(Data(Self.valid.utf8), id: "c", file: "c.json")
        #expect(decoded.id == "c" && decoded.questions.count == 3 && decoded.ticket.from == .buyer)
        #expect(decoded.evidence == EvidenceMatch(event: "SDK_PAYMENT_FAIL"))
        let inline = Self.valid.replacingOccurrences(of: #""sg-card-first-payment""#, with: #"{"title": "x"}"#)
        #expect(try TrainingCaseDecoder.decode(Data(inline.utf8), id: "c", file: "c.json").scenario == .inline(.object(["title": .string("x")])))
    }

    @Test("bad files name the field")
    func errors() {
        #expect(problem(Self.valid.replacingOccurrences(of: #""answer": "b""#, with: #""answer": "c""#))
            == "c.json: questions[2].answer \"c\" is not among the choices (a, b)")
        #expect(problem(Self.valid.replacingOccurrences(of: #""kind": "evidence""#, with: #""kind": "tellTheBuyer""#))
            == "c.json: questions[0].answer must be the id of one of the choices")
        #expect(problem(Self.valid.replacingOccurrences(of: #""id": "fix""#, with: #""id": "cause""#))
            == "c.json: questions[2].id repeats an earlier question's id \"cause\"")
        #expect(problem(Self.valid.replacingOccurrences(of: #""kind": "merchantFix""#, with: #""kind": "blame""#))?
            .hasPrefix("c.json: questions[2].kind") == true)
        #expect(problem(Self.valid.replacingOccurrences(of: #""text": {"en_US": "Help"}"#, with: #""text": {"pt_BR": "Ajuda"}"#))
            == "c.json: ticket.text has no en_US text (every other locale falls back to it)")
        #expect(problem(Self.valid.replacingOccurrences(of: #""steps""#, with: #""stpes""#))
            == "c.json: stpes is not a case file key (allowed: title, scenario, steps, ticket, questions); did you mean steps?")
        #expect(problem(Self.valid.replacingOccurrences(of: #""from": "buyer""#, with: #""from": "bank""#))?
            .hasPrefix("c.json: ticket.from") == true)
        #expect(problem("{\"title\": ")?.hasPrefix("c.json: is not valid JSON") == true)
    }

    @Test("a case without an evidence, a whatHappened or an action question says which is missing")
    func missingQuestions() {
        let withoutFix = Self.valid.replacingOccurrences(of: #""kind": "merchantFix""#, with: #""kind": "whatHappened""#)
        #expect(problem(withoutFix) == "c.json: questions has no tellTheBuyer or merchantFix question (what to tell the buyer, or what the merchant must fix)")
        let withoutEvidence = Self.valid.replacingOccurrences(
            of: #"{"id": "evidence", "kind": "evidence", "answer": {"event": "SDK_PAYMENT_FAIL"}, "why": {"en_US": "w"}},"#, with: "")
        #expect(problem(withoutEvidence) == "c.json: questions has no evidence question (kind \"evidence\": pick the timeline entry that proves the cause)")
    }
}
