/// One step of scripted input: a key, an input timeout (which a program turns into a tick), or text that
/// arrives all at once, as a terminal delivers a paste.
public enum ScriptStep: Hashable, Sendable {
    case key(Key)
    case timeout
    case paste(String)
}
