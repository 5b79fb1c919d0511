/// Records by id, each in a heap box of its own. A `Dictionary` keeps its values inline, in a table sized for its
/// capacity: 100,000 payments (744 bytes each) in a table grown to 262,144 slots took ~195 MB, and the old and new
/// tables were both alive while it grew. Boxed, a slot is one pointer and a record takes only its own size.
struct BoxedRecords<Record: Sendable>: Sendable {
    /// One record; replaced, never changed, when its id is put again.
    private final class Box: Sendable {
        let record: Record

        init(_ record: Record) {
            self.record = record
        }
    }

    private var boxes: [String: Box] = [:]

    subscript(id: String) -> Record? {
        get { boxes[id]?.record }
        set { boxes[id] = newValue.map(Box.init) }
    }

    /// Puts `record` under `id` and returns the record it replaced.
    mutating func updateValue(_ record: Record, forKey id: String) -> Record? {
        boxes.updateValue(Box(record), forKey: id)?.record
    }

    var values: some Collection<Record> { boxes.values.lazy.map(\.record) }

    var count: Int { boxes.count }
}
