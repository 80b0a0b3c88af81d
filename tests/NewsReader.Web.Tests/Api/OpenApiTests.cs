using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsReader.Web.Tests.Api;

/// <summary>The OpenAPI document lists exactly the API endpoints the app maps, each named, summarised and with its parameters described.</summary>
public abstract class OpenApiTests(NewsReaderFactory factory)
{
    private async Task<JsonElement> DocumentAsync()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [SkippableFact]
    public async Task TheDocumentListsExactlyTheMappedApiEndpoints()
    {
        var document = await DocumentAsync();
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal).ToList();
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}") ?? [])
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(mapped, documented);
        Assert.Contains("GET /api/articles", documented);
        Assert.Contains("GET /api/search", documented);
    }

    [SkippableFact]
    public async Task EveryOperationIsNamedSummarisedAndDescribesItsParametersAndProblems()
    {
        var document = await DocumentAsync();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name} {path.Name}";
                Assert.False(string.IsNullOrEmpty(operation.Value.GetProperty("operationId").GetString()), where);
                Assert.False(string.IsNullOrEmpty(operation.Value.GetProperty("summary").GetString()), where);
                if (operation.Value.TryGetProperty("parameters", out var parameters))
                    foreach (var parameter in parameters.EnumerateArray())
                        Assert.True(parameter.TryGetProperty("description", out _), $"{where}: {parameter.GetProperty("name")} has no description");
                var responses = operation.Value.GetProperty("responses");
                Assert.Contains(responses.EnumerateObject(), r => r.Name is "200" or "201" or "204");
                var problems = responses.EnumerateObject().Where(r => r.Name is not ("200" or "201" or "204")).ToList();
                Assert.NotEmpty(problems);
                Assert.All(problems, r => Assert.True(r.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{where} {r.Name}"));
            }
    }
}

public sealed class OpenApiTestsOnSqlite(NewsReaderFactory factory) : OpenApiTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class OpenApiTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : OpenApiTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;
