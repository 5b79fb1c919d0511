extension String {
    /// The number of terminal cells the string occupies, by `CharacterWidth`.
    public var displayWidth: Int {
        var width = 0
        forEachScreenGrapheme { width += CharacterWidth.of($0) }
        return width
    }

    /// The string cut to at most `width` cells, ending in `ellipsis` when anything was cut.
    ///
    /// When even the ellipsis does not fit, as much of the ellipsis as fits is returned, so that the cut
    /// stays visible.
    public func truncated(toWidth width: Int, ellipsis: String) -> String {
        guard displayWidth > width else { return self }
        let room = width - ellipsis.displayWidth
        guard room >= 0 else { return ellipsis.prefix(fittingWidth: width) }
        return prefix(fittingWidth: room) + ellipsis
    }

    private func prefix(fittingWidth width: Int) -> String {
        var used = 0
        var result = ""
        for character in self {
            let characterWidth = CharacterWidth.of(character)
            guard used + characterWidth <= width else { break }
            used += characterWidth
            result.append(character)
        }
        return result
    }
}
