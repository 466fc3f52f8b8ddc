"""The organisation view: figures across every workshop, for an analyst."""
