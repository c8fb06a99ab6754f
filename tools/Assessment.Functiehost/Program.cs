using System.Net;
using Assessment.Functiehost;
using Assessment.Functiehost.Http;
using Assessment.Functiehost.Triggers;
using Assessment.Functiehost.Werker;
using Microsoft.AspNetCore.Server.Kestrel.Core;

// The development host: plays the Azure Functions host for the real isolated worker (FunctionRpc over gRPC), serves
// its HTTP functions on 127.0.0.1:7071 and delivers queue messages and blobs (Azurite) to its triggers.
// Usage: dotnet run --project tools/Assessment.Functiehost [-- --port 7071 | --urls http://127.0.0.1:7071] [--app <map>] [--functiesleutel <sleutel>]
var builder = WebApplication.CreateSlimBuilder(args);
var opties = Hostopties.Lees(args, builder.Configuration);
var adres = new Uri(opties.Adres);

// Two listeners on loopback: the public HTTP one, and gRPC for the worker — HTTP/2 only, or the worker never calls back.
var grpc = new IPEndPoint(IPAddress.Loopback, 0);
builder.WebHost.UseKestrel(k =>
{
    k.Limits.MaxRequestBodySize = 2 * 1024 * 1024;
    k.Listen(IPAddress.Loopback, adres.Port, l => l.Protocols = HttpProtocols.Http1AndHttp2);
    k.Listen(grpc, l => l.Protocols = HttpProtocols.Http2);
});
builder.Logging.SetMinimumLevel(LogLevel.Information);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Logging.AddFilter("Grpc", LogLevel.Warning);
builder.Services.AddGrpc(o =>
{
    o.MaxReceiveMessageSize = int.MaxValue;
    o.MaxSendMessageSize = int.MaxValue;
});
builder.Services.AddSingleton(opties);
builder.Services.AddSingleton<Werkerproces>();
builder.Services.AddSingleton<Werkerverbinding>();
builder.Services.AddSingleton<Doorsturen>();
builder.Services.AddHostedService<Wachtrijbezorger>();
builder.Services.AddHostedService<Blobbezorger>();

var app = builder.Build();
app.MapGrpcService<Werkerverbinding>();
app.Map("/{**pad}", (HttpContext context, Doorsturen doorsturen) => doorsturen.VerwerkAsync(context));

await app.StartAsync();

// The gRPC listener's port is known once Kestrel listens; then the worker is started, as the host does.
var server = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>();
var poorten = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses
    .Select(a => new Uri(a).Port).Where(p => p != adres.Port).ToList();
var werker = app.Services.GetRequiredService<Werkerproces>();
werker.GrpcPoort = poorten.Single();
await werker.StartAsync(app.Lifetime.ApplicationStopping);
app.Lifetime.ApplicationStopping.Register(() => werker.StopAsync(CancellationToken.None).GetAwaiter().GetResult());
app.Logger.LogInformation("Ontwikkelhost op {Adres} (app {App})", adres, werker.Map);
await app.WaitForShutdownAsync();
