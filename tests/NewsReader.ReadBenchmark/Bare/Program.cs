// Bare Kestrel: answers every request with one captured response, its body and headers byte for byte, and does
// nothing else (no routing, no logging, no middleware). The read-path benchmark (run.sh) measures the app against it.
// Usage: NewsReader.ReadBenchmark.Bare URL BODY_FILE HEADERS_FILE (HEADERS_FILE as curl -D writes it).
using Microsoft.Extensions.Primitives;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: NewsReader.ReadBenchmark.Bare URL BODY_FILE HEADERS_FILE");
    return 2;
}
var body = File.ReadAllBytes(args[1]);
// Kestrel writes its own Date, Server and framing headers; the rest are replayed as the app sent them.
string[] own = ["date", "server", "content-length", "transfer-encoding", "connection", "keep-alive"];
var headers = File.ReadAllLines(args[2]).Skip(1).Select(line => line.Split(": ", 2)).Where(pair => pair.Length == 2)
    .Where(pair => !own.Contains(pair[0].ToLowerInvariant())).GroupBy(pair => pair[0], StringComparer.OrdinalIgnoreCase)
    .Select(group => (Name: group.Key, Value: new StringValues(group.Select(pair => pair[1].TrimEnd('\r')).ToArray()))).ToArray();

var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
builder.WebHost.UseKestrelCore().UseUrls(args[0]);
var app = builder.Build();
app.Run(context =>
{
    foreach (var (name, value) in headers) context.Response.Headers[name] = value;
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
app.Run();
return 0;
