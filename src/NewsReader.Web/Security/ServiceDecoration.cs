namespace NewsReader.Web.Security;

/// <summary>Replaces a registered service with a wrapper around it, keeping the registration's lifetime.</summary>
public static class ServiceDecoration
{
    public static IServiceCollection Decorate<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> wrap)
        where TService : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(TService));
        services.Remove(registered);
        services.Add(new ServiceDescriptor(typeof(TService), provider => wrap(provider, Inner(provider)), registered.Lifetime));
        return services;

        TService Inner(IServiceProvider provider) => (TService)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));
    }
}
