using System.Text.Json.Serialization;
using ClaimTracker.Application;
using ClaimTracker.Infrastructure;
using ClaimTracker.Web.Api;
using ClaimTracker.Web.Components;
using ClaimTracker.Web.Components.Account;
using ClaimTracker.Web.Dispatch;
using ClaimTracker.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

// Circuit limits come from the "Circuits" section of appsettings.json, where each value says why it was chosen.
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents(o =>
    {
        builder.Configuration.GetSection("Circuits").Bind(o);
        o.DetailedErrors = builder.Environment.IsDevelopment();
    });

builder.Services.AddClaimTrackerApplication(builder.Configuration["AutoMapper:LicenseKey"]);
builder.Services.AddClaimTrackerInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddClaimTrackerIdentity(builder.Environment);
builder.Services.AddScoped<IDispatcher, CircuitDispatcher>();

builder.AddClaimTrackerOperations();
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();

await app.InitialiseDatabaseAsync();
if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

app.UseMetricsAccessRule();
app.UseExceptionHandler("/Error", createScopeForErrors: true);
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}
app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    // Our own CSP (SecurityHeaders) already says frame-ancestors 'none'; Blazor's default would add a second header.
    .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
app.MapAdditionalIdentityEndpoints();
app.MapReadApi();
app.MapClaimTrackerOperations();

await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
