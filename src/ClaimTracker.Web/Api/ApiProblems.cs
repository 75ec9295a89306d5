using ClaimTracker.Application.Common;

namespace ClaimTracker.Web.Api;

/// <summary>
/// Turns use-case errors into ProblemDetails, one shape for every /api endpoint: 400 with per-field messages,
/// 401/403, 404, 409. Anything else is left to the exception handler (a bare 500, no details).
/// </summary>
public sealed class ApiProblems : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        try
        {
            return await next(context);
        }
        catch (RequestValidationException e)
        {
            return TypedResults.ValidationProblem(e.Errors.ToDictionary(x => x.Key, x => x.Value),
                title: "The request has invalid values.", instance: http.Request.Path);
        }
        catch (NotFoundException e)
        {
            return TypedResults.Problem(e.Message, http.Request.Path, StatusCodes.Status404NotFound, "Not found.");
        }
        catch (ForbiddenException e)
        {
            return signedIn
                ? TypedResults.Problem(e.Message, http.Request.Path, StatusCodes.Status403Forbidden, "Forbidden.")
                : TypedResults.Problem(e.Message, http.Request.Path, StatusCodes.Status401Unauthorized, "Sign in required.");
        }
        catch (ConcurrencyConflictException e)
        {
            return TypedResults.Problem(e.Message, http.Request.Path, StatusCodes.Status409Conflict, "Conflict.");
        }
    }
}
