namespace NewsClean.Text;

/// <summary>
/// A news agency's code after a paragraph's last sentence, without brackets: "… to sneak into the US. PTI". Indian,
/// Pakistani and Gulf wires (PTI, IANS, ANI, APP, WAM) sign paragraphs this way; the paragraph still ends a sentence.
/// </summary>
internal static class WireCode
{
    private const int MinLetters = 2;
    private const int MaxLetters = 6;

    /// <summary>
    /// Where the code starts in <paramref name="line"/> (the first of its letters), or -1: two to six ASCII capitals
    /// at the end of the line, after a space that follows a sentence end.
    /// </summary>
    public static int Start(ReadOnlySpan<char> line)
    {
        int end = line.Length;
        while (end > 0 && line[end - 1] == ' ')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsAsciiLetterUpper(line[start - 1]) && end - start < MaxLetters + 1)
        {
            start--;
        }

        int letters = end - start;
        if (letters is < MinLetters or > MaxLetters || start < 2 || line[start - 1] != ' ')
        {
            return -1;
        }

        int stop = start - 1;
        while (stop > 0 && line[stop - 1] == ' ')
        {
            stop--;
        }

        while (stop > 0 && CharClass.IsCloser(line[stop - 1]))
        {
            stop--;
        }

        return stop > 0 && CharClass.IsSentenceEnd(line[stop - 1]) ? start : -1;
    }
}
