import Foundation

/// A person's name split the way Antom's `UserName` object splits it.
public struct UserName: Codable, Hashable, Sendable {
    public var firstName: String?
    public var middleName: String?
    public var lastName: String?
    public var fullName: String?

    public init(
        firstName: String? = nil,
        middleName: String? = nil,
        lastName: String? = nil,
        fullName: String? = nil
    ) {
        self.firstName = firstName
        self.middleName = middleName
        self.lastName = lastName
        self.fullName = fullName
    }
}
