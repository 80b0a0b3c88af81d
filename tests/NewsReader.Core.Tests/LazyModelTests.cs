using System.Text.Json;
using NewsReader.Model;
using Xunit;

namespace NewsReader.Tests;

/// <summary>
/// The parser makes <see cref="TextField.Value"/>, <see cref="TrailerLine.Text"/>, <see cref="PublishedDate.Text"/> and
/// <see cref="Quote.Text"/> lazily from the source, as it does <see cref="Block.Text"/>; each must behave as the record it was.
/// </summary>
public class LazyModelTests
{
    private const string Source = "Oleh Jane Smith\n\n\"Harga naik,\" kata Yang, \"tapi stok aman.\"\n\nSaksikan video di bawah ini:";

    [Fact]
    public void Lazy_text_fields_equal_eager_ones()
    {
        var span = new TextSpan(5, 15);
        var lazy = TextField.FromSource(Source, span);
        var eager = new TextField("Jane Smith", span);
        Assert.Equal(eager, lazy);
        Assert.Equal(lazy, eager);
        Assert.Equal(eager.GetHashCode(), lazy.GetHashCode());
        Assert.Equal(eager.ToString(), lazy.ToString());
        Assert.Same(lazy.Value, lazy.Value);
        var (value, deconstructed) = lazy;
        Assert.Equal(("Jane Smith", span), (value, deconstructed));
        Assert.NotEqual(new TextField("Jane Smit", span), lazy);
        Assert.NotEqual(new TextField(null!, span), lazy);
        Assert.Equal(JsonSerializer.Serialize(eager), JsonSerializer.Serialize(lazy));
        Assert.Equal(lazy, JsonSerializer.Deserialize<TextField>(JsonSerializer.Serialize(lazy)));
    }

    [Fact]
    public void With_keeps_a_lazy_fields_value()
    {
        var lazy = TextField.FromSource(Source, new TextSpan(5, 15));
        var moved = lazy with { Span = new TextSpan(0, 4) };
        Assert.Equal("Jane Smith", moved.Value);
        Assert.Equal(new TextSpan(0, 4), moved.Span);
        Assert.Equal("Other", (lazy with { Value = "Other" }).Value);
        Assert.Equal(new TextSpan(5, 15), (lazy with { Value = "Other" }).Span);
    }

    [Fact]
    public void Lazy_trailer_lines_equal_eager_ones()
    {
        var start = Source.IndexOf("Saksikan", StringComparison.Ordinal);
        var span = new TextSpan(start, Source.Length);
        var lazy = TrailerLine.FromSource(TrailerKind.VideoPrompt, Source, span);
        var eager = new TrailerLine(TrailerKind.VideoPrompt, Source[start..], span);
        Assert.Equal(eager, lazy);
        Assert.Equal(eager.GetHashCode(), lazy.GetHashCode());
        Assert.Equal(eager.ToString(), lazy.ToString());
        Assert.Equal(JsonSerializer.Serialize(eager), JsonSerializer.Serialize(lazy));
        Assert.NotEqual(eager with { Kind = TrailerKind.Line }, lazy);
        Assert.Equal(eager.Text, (lazy with { Span = new TextSpan(0, 1) }).Text);
        var (kind, text, deconstructed) = lazy;
        Assert.Equal((eager.Kind, eager.Text, eager.Span), (kind, text, deconstructed));
    }

    [Fact]
    public void Lazy_dates_equal_eager_ones()
    {
        const string line = "Kamis, 14 Agustus 2025 09:30 WIB";
        var span = new TextSpan(0, line.Length);
        var local = new DateTime(2025, 8, 14, 9, 30, 0);
        var lazy = PublishedDate.FromSource(local, TimeSpan.FromHours(7), true, line, span);
        var eager = new PublishedDate(local, TimeSpan.FromHours(7), true, line, span);
        Assert.Equal(eager, lazy);
        Assert.Equal(eager.GetHashCode(), lazy.GetHashCode());
        Assert.Equal(eager.ToString(), lazy.ToString());
        Assert.Contains("Text = Kamis, 14 Agustus 2025 09:30 WIB, Span = [0..32), Value = ", lazy.ToString());
        Assert.Equal(JsonSerializer.Serialize(eager), JsonSerializer.Serialize(lazy));
        Assert.Equal(lazy, JsonSerializer.Deserialize<PublishedDate>(JsonSerializer.Serialize(lazy)));
        Assert.NotEqual(eager with { HasTime = false }, lazy);
        Assert.Equal(line, (lazy with { Span = new TextSpan(0, 5) }).Text);
        var (_, offset, hasTime, text, deconstructed) = lazy;
        Assert.Equal((eager.Offset, eager.HasTime, eager.Text, eager.Span), (offset, hasTime, text, deconstructed));
    }

    [Fact]
    public void Lazy_quotes_join_their_parts_and_equal_eager_ones()
    {
        var first = Source.IndexOf("Harga", StringComparison.Ordinal);
        var second = Source.IndexOf("tapi", StringComparison.Ordinal);
        IReadOnlyList<QuotePart> parts =
        [
            new(1, 1, 10, TextSpan.FromLength(first, 10), 0, 13),
            new(1, 27, 15, TextSpan.FromLength(second, 15), 26, 43),
        ];
        var speaker = new Speaker("Yang");
        var lazy = new Quote(Source, parts) { Speaker = speaker, Cue = "kata", SpeakerSource = SpeakerSource.SameSentence };
        var eager = new Quote { Text = "Harga naik tapi stok aman.", Parts = parts, Speaker = speaker, Cue = "kata", SpeakerSource = SpeakerSource.SameSentence };
        Assert.Equal("Harga naik tapi stok aman.", lazy.Text);
        Assert.Equal(eager, lazy);
        Assert.Equal(eager.GetHashCode(), lazy.GetHashCode());
        Assert.Equal(eager.ToString(), lazy.ToString());
        Assert.Equal(JsonSerializer.Serialize(eager), JsonSerializer.Serialize(lazy));
        Assert.NotEqual(eager with { Cue = "ujar" }, lazy);

        var single = new Quote(Source, [parts[0]]);
        Assert.Equal("Harga naik", single.Text);
        // A copy given other parts keeps the text it had.
        Assert.Equal("Harga naik", (single with { Parts = parts }).Text);
        Assert.Equal("Other", (single with { Text = "Other" }).Text);
    }
}
