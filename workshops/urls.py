from . import grid_urls, live_urls

app_name = "workshops"

urlpatterns = [] + live_urls.urlpatterns + grid_urls.urlpatterns
