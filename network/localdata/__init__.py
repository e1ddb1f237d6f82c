"""Local data: the figures municipalities report once a year, the contributors' form on the site,
and the secretariat's overview, chart and export in the admin."""
