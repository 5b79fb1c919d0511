/// Locale tags as the bundled tables key them: a request's `pt-BR` is the tables' `pt_BR`.
public enum LocaleTag {
    /// `tag` with each `-` as `_`; the string itself when it has none, without Foundation, since money formatting
    /// asks for every amount shown.
    public static func underscored(_ tag: String) -> String {
        tag.utf8.contains(UInt8(ascii: "-")) ? String(tag.map { $0 == "-" ? "_" : $0 }) : tag
    }
}
