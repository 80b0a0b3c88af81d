using System.Text.Json;
using NewsReader.Model;
using NewsReader.Parsing;
using Xunit;

namespace NewsReader.Tests;

/// <summary>The parser makes <see cref="Block"/> text lazily from the source; it must behave as the positional record it was.</summary>
public class BlockModelTests
{
    private const string Source = "Headline here\n\nJakarta - First paragraph of the body.\n\nSecond paragraph, \"with a quote,\" kata Yang.";

    [Theory]
    [InlineData("Total bantuan perlindungan sosial 2025: Rp 110,718 triliun", false)]
    [InlineData("Harga emas hari ini: 1.950 dolar per ons", false)]
    [InlineData("Stimulus Ekonomi Akhir Tahun", true)]
    // A football report's attendance on its own line: a number heads nothing.
    [InlineData("29,603", false)]
    public void A_label_with_its_figure_is_data_not_a_subheading(string line, bool heading)
    {
        var text = $"Bansos Diperluas hingga Akhir Tahun\n2025-10-17 21:06\nPemerintah memperluas bantuan sosial untuk keluarga penerima manfaat di seluruh daerah tahun ini.\n{line}\nPenyaluran dilakukan bertahap melalui bank milik negara dan kantor pos di setiap kecamatan.";
        var article = ArticleParser.Parse(text);
        Assert.Equal(heading, article.Blocks.Any(b => b.Kind == BlockKind.Subheading && b.Text == line));
    }

    [Fact]
    public void A_short_Chinese_sentence_that_ends_with_a_full_width_stop_is_a_paragraph_not_a_subheading()
    {
        const string sentence = "2017年6月23日，山东省高级人民法院认定于欢属防卫过当。";
        var text = $"于欢出狱的一天\n\n几个小时前，山东聊城市中级人民法院作出刑事裁定书，认定于欢在服刑期间能够认罪悔罪，接受教育改造，决定减去余刑，提前5个多月被释放。\n\n{sentence}\n\n其间，于欢家的其他人也因罪服刑。于欢的父亲、母亲、姐姐因非法吸收公众存款罪相继获刑三到四年不等。";
        Assert.Contains(ArticleParser.Parse(text).Blocks, b => b.Kind == BlockKind.Paragraph && b.Text == sentence);
    }

    [Fact]
    public void Items_of_a_numbered_list_are_no_subheadings_but_a_numbered_heading_alone_is()
    {
        const string list = "Aset Mantan Gubernur Disita\n2025-09-04 10:00\nAdapun barang-barang yang disita kejaksaan dari rumah tersangka yaitu:\n1. Kendaraan roda empat 7 unit senilai Rp 3,5 miliar\n2. Logam mulia 645 gram, senilai Rp 1.291.290.000\n3. Uang tunai berupa mata uang asing dan rupiah Rp 1.356.131.100";
        Assert.DoesNotContain(ArticleParser.Parse(list).Blocks, b => b.Kind == BlockKind.Subheading);
        const string heading = "Tiga Sektor Saham Tertekan\n2025-09-04 10:00\nKenaikan suku bunga acuan menekan beberapa sektor saham di bursa pada pekan ini.\n1. Sektor Teknologi\nSektor teknologi sangat bergantung pada pendanaan murah dan kini mulai tertekan oleh bunga tinggi.";
        Assert.Contains(ArticleParser.Parse(heading).Blocks, b => b.Kind == BlockKind.Subheading && b.Text == "1. Sektor Teknologi");
    }

    [Fact]
    public void Parsed_blocks_read_as_their_source_slices_and_equal_eager_blocks()
    {
        var article = ArticleParser.Parse(Source);
        Assert.NotEmpty(article.Blocks);
        foreach (var block in article.Blocks)
        {
            var eager = new Block(block.Kind, block.Span.Slice(article.Text), block.Span);
            Assert.Equal(eager, block);
            Assert.Equal(block, eager);
            Assert.Equal(eager.GetHashCode(), block.GetHashCode());
            Assert.Equal(block.Span.Slice(article.Text), block.Text);
            Assert.Same(block.Text, block.Text);
            var (kind, text, span) = block;
            Assert.Equal((eager.Kind, eager.Text, eager.Span), (kind, text, span));
            Assert.Equal(eager.ToString(), block.ToString());
        }
    }

    [Fact]
    public void With_keeps_the_text_and_json_round_trips()
    {
        var block = ArticleParser.Parse(Source).Blocks[^1];
        var moved = block with { Span = new TextSpan(0, 1) };
        Assert.Equal(block.Text, moved.Text);
        Assert.Equal(new TextSpan(0, 1), moved.Span);
        Assert.NotEqual(block, moved);
        var json = JsonSerializer.Serialize(block);
        Assert.Equal(block, JsonSerializer.Deserialize<Block>(json));
        Assert.Equal(block.Text, (block with { Kind = BlockKind.Subheading }).Text);
    }
}
