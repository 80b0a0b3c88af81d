namespace NewsReader.Model;

/// <summary>A half-open range <c>[Start, End)</c> into the normalised article text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    /// <summary>The characters this span covers in <paramref name="text"/>.</summary>
    public string Slice(string text) => text[Start..End];

    public override string ToString() => $"[{Start}..{End})";
}
