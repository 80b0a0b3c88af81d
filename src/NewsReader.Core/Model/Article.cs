namespace NewsReader.Model;

/// <summary>
/// One news article as the parser understood it. Every part carries a <see cref="TextSpan"/>
/// into <see cref="Text"/>, the normalised source, so the model can always be checked against it.
/// </summary>
public sealed record Article
{
    /// <summary>The normalised source text (no BOM, LF line endings, NFC) that every span points into.</summary>
    public required string Text { get; init; }
    public TextField? Section { get; init; }
    public TextField? Headline { get; init; }
    /// <summary>A summary line between the headline and the body, when the source has one.</summary>
    public TextField? Standfirst { get; init; }
    public Byline? Byline { get; init; }
    public PublishedDate? Published { get; init; }
    public PublishedDate? Updated { get; init; }
    public Dateline? Dateline { get; init; }
    public IReadOnlyList<Caption> Captions { get; init; } = [];
    public IReadOnlyList<Block> Blocks { get; init; } = [];
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public IReadOnlyList<TextField> EditorCodes { get; init; } = [];
    public IReadOnlyList<TrailerLine> Trailer { get; init; } = [];
    public IReadOnlyList<TextField> Related { get; init; } = [];
    public string Language { get; init; } = "id";
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public Caption? Caption => Captions.Count > 0 ? Captions[0] : null;
    public IReadOnlyList<string> Authors => Byline?.Authors.Select(a => a.Value).ToArray() ?? [];
    /// <summary>The outlet's brand name (<c>KOMPAS.com</c> gives Kompas.com), from the byline or else the dateline.</summary>
    public string? Outlet => Byline?.OutletName ?? Dateline?.OutletName;
    /// <summary>
    /// The date the article carries: when it was published, else when it was updated (AP prints only "Updated 10:52 AM EST,
    /// January 17, 2025"), as ANNOTATION.md's <c>published</c> is null only when the text gives no date.
    /// </summary>
    public PublishedDate? Dated => Published ?? Updated;
}

/// <summary>A piece of text taken from the source, with where it stands.</summary>
/// <remarks>
/// The parser makes fields over the article's text without copying it: <see cref="Value"/> is cut from the source at
/// <see cref="Span"/> the first time it is read (then kept), as <see cref="Block.Text"/> is. The public constructor,
/// properties, deconstruction, equality, <c>ToString</c> and JSON shape are those of the positional record it replaces.
/// </remarks>
public sealed record TextField
{
    private SourceText value;

    public TextField(string Value, TextSpan Span) => value = SourceText.Of(Value, Span);

    private TextField(SourceText value) => this.value = value;

    /// <summary>A field whose value is <paramref name="source"/> at <paramref name="span"/>, made when first read.</summary>
    internal static TextField FromSource(string source, TextSpan span) => new(SourceText.Cut(source, span));

    public string Value
    {
        get => value.Text!;
        init => this.value.SetText(value);
    }

    public TextSpan Span
    {
        get => value.Span;
        init => this.value.SetSpan(value);
    }

    /// <summary>The value's characters without making a string.</summary>
    internal ReadOnlySpan<char> Chars => value.Chars;

    public void Deconstruct(out string Value, out TextSpan Span)
    {
        Value = this.Value;
        Span = this.Span;
    }

    public bool Equals(TextField? other) => ReferenceEquals(this, other) || (other is not null && value.SameAs(other.value));

    public override int GetHashCode() => HashCode.Combine(value.TextHash, value.Span);

    public override string ToString() => Value;
}

/// <summary>The byline: who wrote the article and for which outlet.</summary>
public sealed record Byline(IReadOnlyList<TextField> Authors, TextField? Outlet, TextSpan Span)
{
    /// <summary>The outlet as its brand is spelled (<c>Guardian</c> gives The Guardian); the source text is in <see cref="Outlet"/>.</summary>
    public string? OutletName { get; init; } = Outlet?.Value;
}

/// <summary><c>Jakarta, CNBC Indonesia -</c>: where the story was filed, and by whom.</summary>
public sealed record Dateline(TextField? Place, TextField? Outlet, TextSpan Span)
{
    /// <summary>The outlet as its brand is spelled (<c>TEMPO.CO</c> gives Tempo); the source text is in <see cref="Outlet"/>.</summary>
    public string? OutletName { get; init; } = Outlet?.Value;
}

/// <summary>A photo caption, <c>Foto: TEXT (CREDIT)</c>.</summary>
public sealed record Caption(TextField Text, TextField? Credit, TextSpan Span);

public enum BlockKind { Paragraph, Subheading }

/// <summary>A body block. <see cref="Text"/> is exactly the source slice at <see cref="Span"/>.</summary>
/// <remarks>
/// The parser makes blocks over the article's text without copying it: <see cref="Text"/> is cut from the source the
/// first time it is read (then kept). Equality, hashing, printing and deconstruction see the same three values as before.
/// </remarks>
public sealed record Block
{
    private SourceText text;

    public Block(BlockKind Kind, string Text, TextSpan Span)
    {
        this.Kind = Kind;
        text = SourceText.Of(Text, Span);
    }

    /// <summary>A block whose text is <paramref name="source"/> at <paramref name="span"/>, made when first read.</summary>
    internal Block(BlockKind kind, string source, TextSpan span, bool lazy)
    {
        _ = lazy;
        Kind = kind;
        text = SourceText.Cut(source, span);
    }

    public BlockKind Kind { get; init; }

    public string Text
    {
        get => text.Text!;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            text.SetText(value);
        }
    }

    public TextSpan Span
    {
        get => text.Span;
        init => text.SetSpan(value);
    }

    /// <summary>The block's characters without making a string.</summary>
    internal ReadOnlySpan<char> Chars => text.Chars;

    /// <summary>The block's characters without making a string, as memory that may be kept.</summary>
    internal ReadOnlyMemory<char> Memory => text.Memory;

    public void Deconstruct(out BlockKind Kind, out string Text, out TextSpan Span)
    {
        Kind = this.Kind;
        Text = this.Text;
        Span = this.Span;
    }

    public bool Equals(Block? other) => ReferenceEquals(this, other) || (other is not null && Kind == other.Kind && text.SameAs(other.text));

    public override int GetHashCode() => HashCode.Combine(Kind, text.TextHash, text.Span);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Kind = ").Append(Kind).Append(", Text = ").Append(Text).Append(", Span = ").Append(Span);
        return true;
    }
}

public enum TrailerKind { Line, VideoPrompt, RelatedVideo, Credits, Standards }

/// <summary>A line after the body (video prompts, credits), kept out of the body text.</summary>
/// <remarks>
/// Like <see cref="TextField"/>, the parser's lines cut <see cref="Text"/> from the source at <see cref="Span"/> when it is
/// first read; the public constructor, properties, deconstruction, equality, printing and JSON shape are unchanged.
/// </remarks>
public sealed record TrailerLine
{
    private SourceText text;

    public TrailerLine(TrailerKind Kind, string Text, TextSpan Span)
    {
        this.Kind = Kind;
        text = SourceText.Of(Text, Span);
    }

    private TrailerLine(TrailerKind kind, SourceText text)
    {
        Kind = kind;
        this.text = text;
    }

    /// <summary>A line whose text is <paramref name="source"/> at <paramref name="span"/>, made when first read.</summary>
    internal static TrailerLine FromSource(TrailerKind kind, string source, TextSpan span) => new(kind, SourceText.Cut(source, span));

    public TrailerKind Kind { get; init; }

    public string Text
    {
        get => text.Text!;
        init => text.SetText(value);
    }

    public TextSpan Span
    {
        get => text.Span;
        init => text.SetSpan(value);
    }

    public void Deconstruct(out TrailerKind Kind, out string Text, out TextSpan Span)
    {
        Kind = this.Kind;
        Text = this.Text;
        Span = this.Span;
    }

    public bool Equals(TrailerLine? other) => ReferenceEquals(this, other) || (other is not null && Kind == other.Kind && text.SameAs(other.text));

    public override int GetHashCode() => HashCode.Combine(Kind, text.TextHash, text.Span);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Kind = ").Append(Kind).Append(", Text = ").Append(Text).Append(", Span = ").Append(Span);
        return true;
    }
}

public enum QuoteKind { Full, Partial }

/// <summary>How the speaker of a quote was determined.</summary>
public enum SpeakerSource
{
    /// <summary>No speaker could be determined from the text.</summary>
    None,
    /// <summary>Named in the same sentence as the quote.</summary>
    SameSentence,
    /// <summary>A short name or description resolved to an earlier full mention.</summary>
    EarlierMention,
    /// <summary>A pronoun or an -nya cue, resolved to the most recent speaker.</summary>
    Pronoun,
    /// <summary>A quote-only paragraph continuing the previous speaker's quote.</summary>
    Continuation,
}

/// <summary>
/// One stretch of a quote within one block. <c>Start</c> and <c>Length</c> locate the quoted words in the block's text;
/// <c>MarkStart</c> and <c>MarkEnd</c> include the quotation marks (MarkEnd is the block's length when the quote runs on).
/// </summary>
public sealed record QuotePart(int Block, int Start, int Length, TextSpan Span, int MarkStart, int MarkEnd);

/// <summary>A direct quotation: its words (without quote marks), who said them, and where they stand.</summary>
/// <remarks>
/// The parser's quotes make <see cref="Text"/> when it is first read (then keep it): the source at each part's span,
/// joined by single spaces. Construction with an object initializer, the properties, equality, printing and the JSON
/// shape are unchanged.
/// </remarks>
public sealed record Quote
{
    // While not null (and the text not yet made), the text is this source at the parts' spans, joined by single spaces.
    private readonly string? source;
    private string? text;
    private readonly IReadOnlyList<QuotePart> parts = null!;

    public Quote() { }

    /// <summary>A quote whose text is <paramref name="source"/> at the spans of <paramref name="parts"/>, made when first read.</summary>
    // Text is not null once made: it is made from the source and the parts set here.
#pragma warning disable CS8618
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    internal Quote(string source, IReadOnlyList<QuotePart> parts)
    {
        this.source = source;
        this.parts = parts;
    }
#pragma warning restore CS8618

    public required string Text
    {
        get => text ?? (source is null ? null! : text = JoinParts(source, parts));
        init
        {
            text = value;
            source = null;
        }
    }

    public required IReadOnlyList<QuotePart> Parts
    {
        get => parts;
        init
        {
            // A copy given other parts keeps the text it had: make it from the old parts first.
            if (source is not null) _ = Text;
            source = null;
            parts = value;
        }
    }

    public Speaker? Speaker { get; init; }
    /// <summary>The words at the cue that name the speaker ("Budi", "ujarnya", "Menkeu"), so the evidence stays visible.</summary>
    public string? SpeakerMention { get; init; }
    public string? Cue { get; init; }
    public QuoteKind Kind { get; init; } = QuoteKind.Full;
    public SpeakerSource SpeakerSource { get; init; }

    public int Block => Parts[0].Block;
    public int Start => Parts[0].Start;
    public int Length => Parts[0].Length;
    public TextSpan Span => Parts[0].Span;

    public bool Equals(Quote? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Text == other.Text && EqualityComparer<IReadOnlyList<QuotePart>>.Default.Equals(parts, other.parts)
            && Speaker == other.Speaker && SpeakerMention == other.SpeakerMention && Cue == other.Cue && Kind == other.Kind && SpeakerSource == other.SpeakerSource);

    public override int GetHashCode() => HashCode.Combine(Text, parts, Speaker, Cue, Kind, SpeakerSource);

    // The quoted words of each part, joined by single spaces, cut straight from the source.
    private static string JoinParts(string source, IReadOnlyList<QuotePart> parts)
    {
        if (parts.Count == 1) return source.Substring(parts[0].Span.Start, parts[0].Span.Length);
        var length = parts.Count - 1;
        foreach (var part in parts) length += part.Span.Length;
        return string.Create(length, (source, parts), static (chars, state) =>
        {
            var at = 0;
            foreach (var part in state.parts)
            {
                if (at > 0) chars[at++] = ' ';
                state.source.AsSpan(part.Span.Start, part.Span.Length).CopyTo(chars[at..]);
                at += part.Span.Length;
            }
        });
    }
}

/// <summary>A person or organisation who is quoted; <see cref="Role"/> is a title such as "Menteri Keuangan".</summary>
public sealed record Speaker(string Name, string? Role = null)
{
    public override string ToString() => Name;
}
