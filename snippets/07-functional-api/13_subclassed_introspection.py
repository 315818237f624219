subclassed_vae = VariationalAutoEncoder(original_dim, intermediate_dim, latent_dim)
print("layers:", [layer.name for layer in subclassed_vae.layers])
subclassed_vae.summary(line_length=80, print_fn=print)
