using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsReader.Web.Data;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Api;

/// <summary>A person quoted in the library and the names they were quoted under, with one page of their quotes (newest articles first).</summary>
public sealed record SpeakerDetail(string Slug, string Url, string Name, IReadOnlyList<string> Roles, int Quotes, int Articles,
    IReadOnlyList<SpeakerQueries.QuotedAs> QuotedAs, IReadOnlyList<SpeakerQuote> Items, string? Next);

/// <summary>A quote: its words, who said it under which name, its article, and its place in the reader view (<see cref="Link"/>).</summary>
public sealed record SpeakerQuote(string Text, string Kind, string Speaker, string? Role, string ArticleSlug, string Headline, string? Outlet,
    string? Published, int Ordinal, string Link);

/// <summary><c>GET /api/speakers</c> and <c>GET /api/speakers/{slug}</c>: who said what, as the speaker pages show it.</summary>
internal static class SpeakersApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/speakers", ListAsync)
            .WithName("ListSpeakers")
            .WithSummary("Everyone quoted in the library, most quoted first")
            .WithDescription("One row a person (the forms of one person's name count as one), with quote and article counts. Paged with limit and after.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/speakers/{slug}", GetAsync)
            .WithName("GetSpeaker")
            .WithSummary("One person: names, roles, counts and quotes")
            .WithDescription("The person a speaker slug belongs to (a shorter form of a name gives the person), the names they were quoted under, " +
                "and their quotes, newest articles first, each with a link to its place in the reader view (/articles/{slug}#quote-N). " +
                "The quotes are paged with limit and after.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<Page<SpeakerQueries.SpeakerRow>>, ProblemHttpResult>> ListAsync(
        [Description("Only people whose name contains this text (any case).")] string? name,
        [Description(Paging.LimitDescription)] int? limit,
        [Description(Paging.AfterDescription)] string? after,
        NewsReaderDb db, LibraryCache cache, CancellationToken cancellationToken)
    {
        if (Paging.Read(limit, after, CursorKind.Speakers, out var take, out var cursor) is { } problem) return problem;
        var directory = await SpeakerQueries.DirectoryAsync(cache, db, cancellationToken);
        var all = await cache.GetAsync("speakers", () => SpeakerQueries.ListAsync(db, directory, cancellationToken));
        var filter = LibraryFilter.Clean(name);
        var offset = (int)(cursor?.First ?? 0);
        var rows = all.Where(s => filter is null || s.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).Skip(offset).Take(take + 1).ToList();
        return TypedResults.Ok(Paging.Of(rows, take, _ => Cursor.Offset(CursorKind.Speakers, offset + take)));
    }

    private static async Task<Results<Ok<SpeakerDetail>, ProblemHttpResult>> GetAsync(
        [Description("The person's slug, as in /speakers/{slug}.")] string slug,
        [Description(Paging.LimitDescription)] int? limit,
        [Description(Paging.AfterDescription)] string? after,
        NewsReaderDb db, LibraryCache cache, CancellationToken cancellationToken)
    {
        if (Paging.Read(limit, after, CursorKind.Quotes, out var take, out var cursor) is { } problem) return problem;
        if (await SpeakerQueries.PersonAsync(db, cache, slug, cancellationToken) is not { } person)
            return Paging.NotFound($"Nobody with the slug '{slug}' is quoted in the library.");
        var offset = (int)(cursor?.First ?? 0);
        var rows = await SpeakerQueries.QuotesAsync(db, person.Slugs, take + 1, cancellationToken, offset);
        var page = Paging.Of(rows, take, _ => Cursor.Offset(CursorKind.Quotes, offset + take));
        var summary = person.Summary;
        return TypedResults.Ok(new SpeakerDetail(person.Slug, "/speakers/" + person.Slug, summary.Name, summary.Roles, summary.Quotes, summary.Articles,
            summary.QuotedUnder, page.Items.Select(q => new SpeakerQuote(q.Text, q.Kind, q.Speaker, q.Role, q.ArticleSlug, q.Headline, q.Outlet,
                q.PublishedIso, q.Ordinal, q.Link)).ToList(), page.Next));
    }
}
