/// The known name closest to a misspelt one (`paymentFactr` → `paymentFactor`), for "did you mean" hints.
public enum NearestName {
    /// The candidate with the fewest single-character edits (letter case ignored), when the typo is small next
    /// to the word: at most 1 edit for names of up to 4 characters, else at most a third of the name, never
    /// more than 3. Ties go to the first candidate.
    public static func suggest(for name: String, among candidates: some Sequence<String>) -> String? {
        let typed = Array(name.lowercased())
        let allowed = typed.count <= 4 ? 1 : min(3, max(2, typed.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(typed, Array(candidate.lowercased()))
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit (`paymnet` → `payment`).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
