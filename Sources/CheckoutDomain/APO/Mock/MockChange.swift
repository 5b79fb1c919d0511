/// One change an operation made to `MockState`, holding what was there before, so a refused save can be undone.
enum MockChange {
    case session(id: String, previous: SessionRecord?)
    case payment(id: String, previous: PaymentRecord?)
    case idempotency(key: String, previousDigest: FirstRequestDigest?)
    case vaultToken(cardToken: String, previous: VaultTokenRecord?)
    case outbox(id: String, previous: OutboxEntry?, previousLastSequence: Int)
    case activityAppended
    case deadlinesTaken([MockDeadline])
}
