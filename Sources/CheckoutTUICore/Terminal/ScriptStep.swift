/// One step of scripted input: a key, or an input timeout (which a program turns into a tick).
public enum ScriptStep: Hashable, Sendable {
    case key(Key)
    case timeout
}
