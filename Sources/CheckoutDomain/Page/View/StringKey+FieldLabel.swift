import Foundation

/// Which text names each form field (labels on the page, field lists in events and alerts).
extension StringKey {
    static func label(of field: FormField) -> StringKey {
        switch field {
        case .cardNumber: .fieldCardNumber
        case .expiry: .fieldExpiry
        case .cvv: .fieldCVV
        case .holderName: .fieldHolderName
        case .email: .fieldEmail
        case .cpf: .fieldCPF
        }
    }
}
