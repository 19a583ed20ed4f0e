"""What the app and the exports draw: ``filters`` (pure pandas) chooses the events, ``charts`` and
``companion_charts`` build Plotly figures from them, ``chart_style`` holds colours, sizes and hover texts.
"""
