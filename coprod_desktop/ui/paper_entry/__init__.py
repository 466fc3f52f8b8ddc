"""Quick entry of ratings from filled-in paper forms (the blank form's way back)."""
