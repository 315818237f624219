vae.summary(line_length=80, print_fn=print)
